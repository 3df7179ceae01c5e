import { describe, expect, it } from 'vitest';
import { lintFixture, summarize } from '../helpers/lint.js';

describe('path-param-casing', () => {
  it('flags non-snake_case parameter names', () => {
    const findings = lintFixture('path-param-casing', 'bad.yaml');
    expect(summarize(findings)).toEqual([
      ['path-param-casing', 'paths > /v1/datasets/{datasetId}'],
      ['path-param-casing', 'paths > /v1/projects/{Project-ID}/spans'],
    ]);
    expect(findings[0]?.message).toContain('use snake_case: "{dataset_id}"');
    expect(findings[1]?.message).toContain('"{project_id}"');
  });

  it('accepts snake_case names, digits and parameters inside a segment', () => {
    expect(lintFixture('path-param-casing', 'good.yaml')).toEqual([]);
  });
});
