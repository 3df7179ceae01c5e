import { describe, expect, it } from 'vitest';
import { lintFixture, lintText, openapi, summarize } from '../helpers/lint.js';

const rules = ['response-data-envelope'];

describe('response-data-envelope', () => {
  it('flags bodies without the envelope, a shared schema once at the component', () => {
    const findings = lintFixture('response-data-envelope', 'bad.yaml');
    expect(summarize(findings)).toEqual([
      ['response-data-envelope', 'paths > /v1/projects/{project_id} > get > responses > 200 > content > application/json > schema'],
      ['response-data-envelope', 'paths > /v1/projects > get > responses > 200 > content > application/json > schema'],
      ['response-data-envelope', 'paths > /v1/runs/{run_id} > get > responses > 200 > content > application/json > schema > oneOf > 1'],
      ['response-data-envelope', 'components > schemas > Project'],
    ]);
    expect(findings[0]?.message).toBe('The 2xx JSON body of GET /v1/projects/{project_id} has no top-level "data" property; put the payload under "data": { "data": ... }.');
    expect(findings[1]?.message).toContain('is an array, not an object');
    expect(findings[3]?.message).toContain('Response schema "Project" (the 2xx JSON body of POST /v1/projects, POST /v1/projects/{project_id}/copies)');
  });

  it('accepts enveloped bodies and leaves errors, bodiless, empty and non-JSON responses alone', () => {
    expect(lintFixture('response-data-envelope', 'good.yaml')).toEqual([]);
  });

  it('leaves a missing or empty schema to json-response-has-schema: one finding each, not two', () => {
    const text = openapi(`  /v1/a:
    get:
      responses:
        '200': { description: OK, content: { application/json: { schema: {} } } }
  /v1/b:
    get:
      responses:
        '200': { description: OK, content: { application/json: {} } }`);
    const findings = lintText(text, { rules: ['response-data-envelope', 'json-response-has-schema'] });
    expect(findings.map((finding) => finding.code)).toEqual(['json-response-has-schema', 'json-response-has-schema']);
  });

  it('uses the configured envelope key', () => {
    const text = openapi(`  /v1/a:
    get:
      responses:
        '200': { description: OK, content: { application/json: { schema: { type: object, properties: { result: { type: string } } } } } }`);
    expect(lintText(text, { rules })).toHaveLength(1);
    expect(lintText(text, { rules, config: { conventions: { envelope_key: 'result' } } })).toEqual([]);
  });

  it('says nothing when a oneOf inside the object may carry the key', () => {
    const text = openapi(`  /v1/a:
    get:
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema:
                type: object
                properties: { meta: { type: object } }
                oneOf: [{ properties: { data: { type: string } } }, { properties: { error: { type: string } } }]`);
    expect(lintText(text, { rules })).toEqual([]);
  });

  it('exempts a schema by name from the configuration', () => {
    const text = openapi(`  /v1/chat/completions:
    post:
      responses:
        '200': { description: OK, content: { application/json: { schema: { $ref: '#/components/schemas/ChatCompletion' } } } }`, `components:
  schemas:
    ChatCompletion: { type: object, properties: { choices: { type: array, items: { type: object } } } }
`);
    expect(lintText(text, { rules })).toHaveLength(1);
    expect(lintText(text, { rules, config: { exemptions: [{ reason: 'OpenAI wire format', schemas: ['ChatCompletion'] }] } })).toEqual([]);
  });
});
