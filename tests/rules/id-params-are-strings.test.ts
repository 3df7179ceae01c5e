import { describe, expect, it } from 'vitest';
import { lintFixture, lintText, openapi, summarize } from '../helpers/lint.js';

describe('id-params-are-strings', () => {
  it('flags integer identifiers, once at a shared parameter, through nullable wrappers', () => {
    const findings = lintFixture('id-params-are-strings', 'bad.yaml');
    expect(summarize(findings)).toEqual([
      ['id-params-are-strings', 'paths > /v1/projects/{project_id} > get > parameters > 0 > schema > anyOf > 0 > type'],
      ['id-params-are-strings', 'components > parameters > DatasetId > schema > type'],
    ]);
    expect(findings[1]?.operations).toEqual([
      { method: 'get', path: '/v1/datasets/{dataset_id}' },
      { method: 'delete', path: '/v1/datasets/{dataset_id}' },
    ]);
  });

  it('accepts string identifiers and integers that are not identifiers', () => {
    expect(lintFixture('id-params-are-strings', 'good.yaml')).toEqual([]);
  });

  it('reads the accepted types from the configuration', () => {
    const text = openapi(`  /v1/users/{user_id}:
    get:
      parameters: [{ name: user_id, in: path, required: true, schema: { type: integer } }]
      responses: { '200': { description: OK } }`);
    expect(lintText(text, { rules: ['id-params-are-strings'] })).toHaveLength(1);
    expect(lintText(text, { rules: ['id-params-are-strings'], config: { conventions: { identifiers: { types: ['string', 'integer'] } } } })).toEqual([]);
  });
});
