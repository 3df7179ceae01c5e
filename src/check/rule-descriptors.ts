import type { ApigovConfig } from '../config/types.js';
import type { RuleDescriptor } from '../formatters/index.js';
import { effectiveLevel } from '../lint/engine.js';
import { docsUrlFor } from '../lint/lint-files.js';
import { schemaRules } from '../../rules/registry.js';
import { CO_CHANGE_CODE } from './parts/co-change.js';
import { DRIFT_CODE, DRIFT_COMMAND_FAILED_CODE, DRIFT_SOURCES_CODE } from './parts/drift.js';

/** An absolute documentation link, or none: SARIF's `helpUri` must be an absolute URI. */
export function absoluteDocsUrl(docsUrl: string | undefined, docsBaseUrl: string | undefined): string | undefined {
  if (docsUrl === undefined) return undefined;
  if (/^https?:\/\//.test(docsUrl)) return docsUrl;
  return docsBaseUrl === undefined ? undefined : `${docsBaseUrl.replace(/\/?$/, '/')}${docsUrl}`;
}

/** What every rule and check of `apigov check` is, for SARIF's rule list. */
export async function checkRuleDescriptors(config: ApigovConfig, docsBaseUrl?: string): Promise<RuleDescriptor[]> {
  // The 80-odd diff check modules load only when a report lists rules (SARIF), as `apigov diff` does.
  const [{ CHECKS }, { DOCS_BASE_URL: DIFF_DOCS_BASE_URL }] = await Promise.all([import('../checks/registry.js'), import('../policy/index.js')]);
  const descriptors: RuleDescriptor[] = schemaRules.flatMap((rule) => {
    const level = effectiveLevel(rule, config);
    if (level === 'off') return [];
    const helpUri = absoluteDocsUrl(docsUrlFor(rule.id), docsBaseUrl);
    return [{ id: rule.id, description: rule.description, level, ...(helpUri === undefined ? {} : { helpUri }) }];
  });
  for (const check of CHECKS) {
    const level = config.diff.checks[check.id] ?? check.level;
    if (level === 'off' || level === 'none') continue;
    descriptors.push({ id: check.id, description: check.description, level, helpUri: `${DIFF_DOCS_BASE_URL}${check.id}.md` });
  }
  descriptors.push(
    { id: DRIFT_CODE, description: 'The committed schema is what the code generates.', level: 'error' },
    { id: DRIFT_COMMAND_FAILED_CODE, description: 'The schema generator (drift.command) runs and writes a readable document.', level: 'error' },
    { id: DRIFT_SOURCES_CODE, description: 'When the code the schema is generated from changes, the schema is regenerated too.', level: 'warning' },
    { id: CO_CHANGE_CODE, description: 'Artifacts generated from a changed file (client types) change in the same change.', level: 'error' },
  );
  return descriptors;
}
