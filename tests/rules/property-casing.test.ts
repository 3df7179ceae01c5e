import { describe, expect, it } from 'vitest';
import { lintFixture, lintText, openapi, summarize } from '../helpers/lint.js';

const rules = ['property-casing'];

describe('property-casing', () => {
  it('flags each non-snake_case property once, at its definition, through $ref, allOf, anyOf, oneOf, items and additionalProperties', () => {
    const findings = lintFixture('property-casing', 'bad.yaml');
    expect(summarize(findings)).toEqual([
      ['property-casing', 'paths > /v1/projects > get > responses > 200 > content > application/json > schema > properties > nextCursor'],
      ['property-casing', 'paths > /v1/projects > post > requestBody > content > application/json > schema > allOf > 1 > properties > Owner-Name'],
      ['property-casing', 'paths > /v1/projects/{project_id}/labels > get > responses > 200 > content > application/json > schema > properties > data > anyOf > 0 > additionalProperties > properties > labelName'],
      ['property-casing', 'paths > /v1/projects/{project_id}/labels > get > responses > 200 > content > application/json > schema > properties > meta > oneOf > 0 > properties > HTTPStatus'],
      ['property-casing', 'components > schemas > Project > properties > createdAt'],
    ]);
    expect(findings[0]?.message).toBe('Property "nextCursor" is camelCase; rename it to "next_cursor" (snake_case).');
    expect(findings[1]?.message).toContain('rename it to "owner_name"');
    expect(findings[3]?.message).toContain('rename it to "http_status"');
    expect(findings[4]?.message).toBe('Property "createdAt" in schema "Project" (used by GET /v1/projects, POST /v1/projects) is camelCase; rename it to "created_at" (snake_case).');
  });

  it('accepts snake_case look-alikes, map keys, form array fields and unused schemas', () => {
    expect(lintFixture('property-casing', 'good.yaml')).toEqual([]);
  });

  it('follows the configured casing', () => {
    const text = openapi(`  /v1/a:
    get:
      responses:
        '200': { description: OK, content: { application/json: { schema: { type: object, properties: { createdAt: { type: string }, created_at: { type: string } } } } } }`);
    const camel = lintText(text, { rules, config: { conventions: { casing: { properties: 'camelCase' } } } });
    expect(summarize(camel)).toEqual([['property-casing', 'paths > /v1/a > get > responses > 200 > content > application/json > schema > properties > created_at']]);
    expect(camel[0]?.message).toContain('rename it to "createdAt" (camelCase)');
  });

  it('survives a recursive schema', () => {
    const text = openapi(`  /v1/nodes:
    get:
      responses:
        '200': { description: OK, content: { application/json: { schema: { $ref: '#/components/schemas/Node' } } } }`, `components:
  schemas:
    Node:
      type: object
      properties:
        childNodes: { type: array, items: { $ref: '#/components/schemas/Node' } }
`);
    expect(summarize(lintText(text, { rules }))).toEqual([['property-casing', 'components > schemas > Node > properties > childNodes']]);
  });

  it('exempts an external wire format by schema name', () => {
    const text = openapi(`  /v1/spans:
    post:
      requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/OtlpSpan' } } } }
      responses: { '204': { description: OK } }`, `components:
  schemas:
    OtlpSpan: { type: object, properties: { traceId: { type: string } } }
`);
    expect(lintText(text, { rules })).toHaveLength(1);
    expect(lintText(text, { rules, config: { exemptions: [{ reason: 'OTLP wire format', schemas: ['Otlp*'] }] } })).toEqual([]);
  });
});
