import { describe, expect, it } from 'vitest';
import { lintFixture, lintText, openapi, summarize } from '../helpers/lint.js';

describe('path-segment-casing', () => {
  it('flags kebab-case and camelCase segments with the snake_case fix', () => {
    const findings = lintFixture('path-segment-casing', 'bad.yaml');
    expect(summarize(findings)).toEqual([
      ['path-segment-casing', 'paths > /v1/experiments/{experiment_id}/incomplete-runs'],
      ['path-segment-casing', 'paths > /v1/apiKeys'],
    ]);
    expect(findings[0]?.message).toContain('is kebab-case; use snake_case: "incomplete_runs"');
    expect(findings[1]?.message).toContain('is camelCase; use snake_case: "api_keys"');
  });

  it('accepts snake_case with digits and leaves parameters to path-param-casing', () => {
    expect(lintFixture('path-segment-casing', 'good.yaml')).toEqual([]);
  });

  it('follows the configured casing', () => {
    const text = openapi(`  /v1/incomplete-runs: { get: { responses: { '200': { description: OK } } } }`);
    expect(lintText(text, { rules: ['path-segment-casing'], config: { conventions: { casing: { path_segments: 'kebab-case' } } } })).toEqual([]);
  });
});
