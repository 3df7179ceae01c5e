import type { RulesetDefinition } from '@stoplight/spectral-core';
import { oas } from '@stoplight/spectral-rulesets';
import { resolveConfig } from '../src/config/defaults.js';
import type { ApigovConfigInput } from '../src/config/types.js';
import { effectiveLevel } from '../src/lint/engine.js';
import { toSpectralSeverityName } from '../src/levels.js';
import { schemaRules } from './registry.js';
import { toSpectralFunction } from './spectral-function.js';
import { stockRuleTuning } from './stock-rules.js';

export interface RulesetOptions extends Pick<ApigovConfigInput, 'conventions' | 'exemptions' | 'rules'> {
  /** Extend Spectral's `spectral:oas` (tuned as in .spectral.yaml). Default true. */
  spectralOas?: boolean;
}

/**
 * A Spectral ruleset with apigov's rules, configured like apigov.config.yaml,
 * for a `.spectral.js`: `export default createRuleset({ conventions: {...} })`.
 */
export function createRuleset(options: RulesetOptions = {}): RulesetDefinition {
  const config = resolveConfig(options);
  const functionOptions = { conventions: config.conventions, exemptions: config.exemptions };
  const rules: Record<string, unknown> = {};
  for (const rule of schemaRules) {
    const level = effectiveLevel(rule, config);
    rules[rule.id] = {
      description: rule.description,
      message: '{{error}}',
      severity: level === 'off' ? 'off' : toSpectralSeverityName(level),
      given: '$',
      resolved: false,
      then: { function: toSpectralFunction(rule), functionOptions },
    };
  }
  if (options.spectralOas !== false) {
    for (const tuning of stockRuleTuning) rules[tuning.rule] = tuning.setting;
    return { extends: [[oas as RulesetDefinition, 'recommended']], rules } as RulesetDefinition;
  }
  return { rules } as RulesetDefinition;
}

export { schemaRules };
