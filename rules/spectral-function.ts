import { createRulesetFunction, type IFunctionResult, type RulesetFunctionWithValidator } from '@stoplight/spectral-core';
import { resolveConfig } from '../src/config/defaults.js';
import { conventionsSchema, exemptionSchema } from '../src/config/schema.js';
import type { ApigovConfigInput } from '../src/config/types.js';
import { runRule } from '../src/lint/engine.js';
import type { SchemaRule } from '../src/lint/rule.js';
import { isObject, OpenApiModel } from '../src/openapi/model.js';
import type { OpenApiVersion } from '../src/load/resolver.js';

/** The options every apigov Spectral function takes: the config file's conventions and exemptions. */
export const spectralOptionsSchema = {
  type: ['object', 'null'],
  additionalProperties: false,
  properties: { conventions: conventionsSchema, exemptions: { type: 'array', items: exemptionSchema } },
} as const;

export type SpectralOptions = Pick<ApigovConfigInput, 'conventions' | 'exemptions'> | null;

function versionOf(data: unknown): OpenApiVersion | undefined {
  if (!isObject(data)) return undefined;
  if (typeof data['openapi'] === 'string') return data['openapi'].startsWith('3.0') ? '3.0' : '3.1';
  if (String(data['swagger']) === '2.0') return '2.0';
  return undefined;
}

/**
 * Wraps a schema rule as a Spectral function (given `$`, unresolved input):
 * the rule logic is the one `apigov lint` runs, so both report the same
 * findings at the same JSON paths.
 */
export function toSpectralFunction(rule: SchemaRule): RulesetFunctionWithValidator<unknown, SpectralOptions> {
  const cache = new WeakMap<object, { config: ReturnType<typeof resolveConfig> }>();
  const spectralFunction = createRulesetFunction<unknown, SpectralOptions>(
    { input: null, options: spectralOptionsSchema as unknown as Record<string, unknown> },
    // Named after the rule, so Spectral's option errors say which rule they are about.
    { [rule.id]: (input: unknown, options: SpectralOptions): IFunctionResult[] => {
      const version = versionOf(input);
      if (version === undefined) return [];
      const key = options ?? cache;
      let entry = cache.get(key);
      if (entry === undefined) {
        entry = { config: resolveConfig(options ?? {}) };
        cache.set(key, entry);
      }
      const model = OpenApiModel.fromData(input, version);
      return runRule(rule, model, entry.config).map((finding) => ({ message: finding.message, path: finding.path }));
    } }[rule.id] as (input: unknown, options: SpectralOptions) => IFunctionResult[],
  );
  Reflect.defineProperty(spectralFunction, 'name', { value: rule.id });
  return spectralFunction;
}
