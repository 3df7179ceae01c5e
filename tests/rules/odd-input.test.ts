import { describe, expect, it } from 'vitest';
import { lintText } from '../helpers/lint.js';

const rules = ['property-casing', 'response-data-envelope', 'list-cursor-pagination', 'http-method-semantics', 'json-response-has-schema', 'status-code-classes'];

describe('schema rules on malformed and cyclic documents', () => {
  it('report what they can and never fail with an internal error', () => {
    const text = `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /v1/a:
    get:
      parameters: [1, null, { name: x }]
      requestBody: 3
      responses:
        '200': { content: { application/json: { schema: { properties: 5, oneOf: 1, anyOf: [null, 1], allOf: [{ $ref: '#/nope' }] } } } }
        200x: null
    post:
      summary: 7
      responses: []
  /v1/b/{id}:
    delete:
      responses: { '204': { $ref: '#/components/responses/Missing' } }
  /v1/loops:
    get:
      responses:
        '200': { description: OK, content: { application/json: { schema: { $ref: '#/components/schemas/Loop' } } } }
  /v1/c: null
components:
  schemas:
    Loop: { oneOf: [{ $ref: '#/components/schemas/Loop' }, { $ref: '#/components/schemas/Loop2' }] }
    Loop2: { anyOf: [{ $ref: '#/components/schemas/Loop' }, { type: object, properties: { data: { type: string }, badName: { $ref: '#/components/schemas/Loop2' } } }] }
`;
    const findings = lintText(text, { rules });
    expect(findings.filter((finding) => finding.code === 'internal-error')).toEqual([]);
    expect(findings.map((finding) => finding.code).sort()).toEqual(['property-casing', 'status-code-classes', 'status-code-classes']);
  });
});
