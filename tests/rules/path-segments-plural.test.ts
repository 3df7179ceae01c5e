import { describe, expect, it } from 'vitest';
import { lintFixture, lintText, openapi, summarize } from '../helpers/lint.js';

const rules = ['path-segments-plural'];
const ok = "{ get: { responses: { '200': { description: OK } } } }";

describe('path-segments-plural', () => {
  it('flags singular resource segments with the plural as the fix', () => {
    const findings = lintFixture('path-segments-plural', 'bad.yaml');
    expect(summarize(findings)).toEqual([
      ['path-segments-plural', 'paths > /v1/dataset/{dataset_id}'],
      ['path-segments-plural', 'paths > /v1/projects/{project_id}/trace'],
      ['path-segments-plural', 'paths > /v1/prompt_version'],
    ]);
    expect(findings[0]?.message).toContain('("datasets")');
    expect(findings[2]?.message).toContain('("prompt_versions")');
  });

  it('accepts plurals, uncountables, singletons, representations and verbs (another rule)', () => {
    expect(lintFixture('path-segments-plural', 'good.yaml')).toEqual([]);
  });

  it('allows configured singleton resources', () => {
    const text = openapi(`  /v1/user: ${ok}\n  /v1/user/api_keys: ${ok}`);
    expect(lintText(text, { rules })).toHaveLength(2);
    expect(lintText(text, { rules, config: { conventions: { singletons: ['user'] } } })).toEqual([]);
  });

  it('takes extra uncountables from the configuration', () => {
    const text = openapi(`  /v1/telemetry: ${ok}`);
    expect(lintText(text, { rules })).toHaveLength(1);
    expect(lintText(text, { rules, config: { conventions: { uncountables: ['telemetry'] } } })).toEqual([]);
  });
});
