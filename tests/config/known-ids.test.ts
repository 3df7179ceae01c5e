import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { oas } from '@stoplight/spectral-rulesets';
import { describe, expect, it } from 'vitest';
import { rules as codeRules } from '../../eslint-plugin/index.js';
import { schemaRules } from '../../rules/registry.js';
import { CHECKS } from '../../src/checks/registry.js';
import { INTERNAL_ERROR_CODE } from '../../src/lint/engine.js';
import { REMOTE_REF_CODE } from '../../src/lint/remote-refs.js';
// @ts-expect-error the generator is a plain .mjs script without types
import { knownIdsSource } from '../../scripts/generate-known-ids.mjs';

describe('src/config/known-ids.json', () => {
  it('lists exactly the ids of the registries (run `npm run build` after adding a rule or check)', () => {
    const expected = (knownIdsSource as (ids: Record<string, string[]>) => string)({
      schemaRuleIds: schemaRules.map((rule) => rule.id),
      engineCodes: [INTERNAL_ERROR_CODE, REMOTE_REF_CODE],
      codeRuleIds: Object.keys(codeRules),
      stockRuleIds: Object.keys((oas as { rules: Record<string, unknown> }).rules),
      checkIds: CHECKS.map((check) => check.id),
    });
    expect(readFileSync(fileURLToPath(new URL('../../src/config/known-ids.json', import.meta.url)), 'utf8')).toBe(expected);
  });
});
