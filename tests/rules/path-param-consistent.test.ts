import { describe, expect, it } from 'vitest';
import { lintFixture, lintText, openapi, summarize } from '../helpers/lint.js';

const rules = ['path-param-consistent'];
const ok = "{ get: { responses: { '200': { description: OK } } } }";

describe('path-param-consistent', () => {
  it('flags an identifier not named after its collection, once per name', () => {
    const findings = lintFixture('path-param-consistent', 'bad.yaml');
    expect(summarize(findings)).toEqual([
      ['path-param-consistent', 'paths > /v1/datasets/{id}'],
      ['path-param-consistent', 'paths > /v1/projects/{project_key}/spans'],
    ]);
    expect(findings[0]?.message).toBe(
      'Identifier "{id}" after "datasets" in "/v1/datasets/{id}" is not named after the collection; call it "{dataset_id}"; /v1/datasets items are also called {dataset_id}.',
    );
  });

  it('accepts one name per collection, head-noun names and same words under other parents', () => {
    expect(lintFixture('path-param-consistent', 'good.yaml')).toEqual([]);
  });

  it('flags two accepted names for one collection when templates allow both', () => {
    const text = openapi(`  /v1/datasets/{dataset_id}: ${ok}\n  /v1/datasets/{dataset_identifier}/labels: ${ok}\n  /v1/datasets/{dataset_id}/splits: ${ok}`);
    const config = { conventions: { identifiers: { templates: ['{singular}_id', '{singular}_identifier'] } } };
    const findings = lintText(text, { rules, config });
    expect(summarize(findings)).toEqual([['path-param-consistent', 'paths > /v1/datasets/{dataset_identifier}/labels']]);
    expect(findings[0]?.message).toContain('as "{dataset_id}" elsewhere; use one name');
  });

  it('counts every path that repeats a misnamed identifier in one finding', () => {
    const text = openapi(`  /v1/projects/{project_identifier}: ${ok}\n  /v1/projects/{project_identifier}/spans: ${ok}\n  /v1/projects/{project_identifier}/traces: ${ok}`);
    const findings = lintText(text, { rules });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('(and 2 more paths)');
  });
});
