import { describe, expect, it } from 'vitest';
import { lintFixture, lintText, openapi, summarize } from '../helpers/lint.js';

const rules = ['json-response-has-schema'];

describe('json-response-has-schema', () => {
  it('flags empty and missing 2xx JSON schemas, a shared empty component once', () => {
    const findings = lintFixture('json-response-has-schema', 'bad.yaml');
    expect(summarize(findings)).toEqual([
      ['json-response-has-schema', 'paths > /v1/projects > get > responses > 200 > content > application/json > schema'],
      ['json-response-has-schema', 'paths > /v1/datasets > get > responses > 200 > content > application/json'],
      ['json-response-has-schema', 'paths > /v1/users > get > responses > 200 > content > application/problem+json > schema'],
      ['json-response-has-schema', 'components > schemas > Anything'],
    ]);
    expect(findings[0]?.message).toContain('GET /v1/projects answers 200 with application/json but its schema is empty');
    expect(findings[1]?.message).toContain('gives no schema');
    expect(findings[3]?.message).toContain('Schema "Anything" is empty');
    expect(findings[3]?.message).toContain('returned by GET /v1/datasets/{dataset_id}, GET /v1/datasets/{dataset_id}/versions');
  });

  it('accepts documented bodies, bodiless and non-JSON responses, and error responses', () => {
    expect(lintFixture('json-response-has-schema', 'good.yaml')).toEqual([]);
  });

  it('reads OpenAPI 2.0 produces and schema', () => {
    const swagger = `swagger: '2.0'
info: { title: t, version: '1' }
produces: [application/json]
paths:
  /v1/a:
    get:
      responses:
        '200': { description: OK, schema: {} }
  /v1/b:
    get:
      responses:
        '200': { description: OK, schema: { type: object, properties: { data: { type: string } } } }
`;
    expect(summarize(lintText(swagger, { rules }))).toEqual([['json-response-has-schema', 'paths > /v1/a > get > responses > 200 > schema']]);
  });

  it('exempts by path from the configuration', () => {
    const text = openapi(`  /healthz:
    get:
      responses:
        '200': { description: OK, content: { application/json: { schema: {} } } }`);
    expect(lintText(text, { rules })).toHaveLength(1);
    expect(lintText(text, { rules, config: { exemptions: [{ reason: 'probe', rules, paths: ['/healthz'] }] } })).toEqual([]);
  });
});
