import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/defaults.js';
import { runRules } from '../../src/lint/engine.js';
import { defineRule } from '../../src/lint/rule.js';
import { OpenApiModel } from '../../src/openapi/model.js';
import { schemaRules } from '../../rules/registry.js';
import { lintText, openapi } from '../helpers/lint.js';

describe('the rule engine', () => {
  it('turns a rule that throws into one internal-error finding and runs the others', () => {
    const broken = defineRule({
      id: 'broken-rule',
      level: 'error',
      description: 'Always throws.',
      rationale: 'To prove one bad rule cannot take the others down.',
      examples: { bad: '', good: '' },
      run() {
        throw new Error('boom');
      },
    });
    const model = OpenApiModel.fromData({ openapi: '3.1.0', info: {}, paths: { '/datasets': { get: { responses: { '200': { description: 'OK' } } } } } }, '3.1');
    const findings = runRules(model, resolveConfig(), [broken, ...schemaRules]);
    expect(findings.filter((finding) => finding.code === 'internal-error').map((finding) => finding.message)).toEqual([
      'rule broken-rule failed on this document and was skipped: boom',
    ]);
    expect(findings.some((finding) => finding.code === 'paths-versioned')).toBe(true);
  });

  it('applies rule levels and `off` from the configuration', () => {
    const text = openapi(`  /datasets: { get: { responses: { '200': { description: OK } } } }`);
    expect(lintText(text, { rules: ['paths-versioned'] })[0]?.level).toBe('error');
    expect(lintText(text, { rules: ['paths-versioned'], config: { rules: { 'paths-versioned': 'info' } } })[0]?.level).toBe('info');
    expect(lintText(text, { rules: ['paths-versioned'], config: { rules: { 'paths-versioned': 'off' } } })).toEqual([]);
  });

  it('reports each finding once, even when a rule reaches it twice', () => {
    const text = openapi(`  /v1/datasets/upload:
    post: { responses: { '201': { description: Created } } }
    put: { responses: { '200': { description: OK } } }`);
    expect(lintText(text, { rules: ['path-no-verbs'] })).toHaveLength(1);
  });
});

describe('OpenAPI 2.0 documents', () => {
  const swagger = `swagger: '2.0'
info: { title: t, version: '1' }
produces: [application/json]
paths:
  /v1/datasets:
    get:
      parameters:
        - { name: pageSize, in: query, type: integer }
      responses:
        '200':
          description: OK
          schema: { type: array, items: { $ref: '#/definitions/Dataset' } }
    post:
      parameters:
        - { name: body, in: body, required: true, schema: { $ref: '#/definitions/Dataset' } }
      responses:
        '201': { description: Created, schema: { $ref: '#/definitions/DatasetEnvelope' } }
definitions:
  Dataset:
    type: object
    properties:
      datasetName: { type: string }
  DatasetEnvelope:
    type: object
    properties:
      data: { $ref: '#/definitions/Dataset' }
`;

  it('are read: query parameters, body parameters, produces and definitions', () => {
    const findings = lintText(swagger);
    const codes = findings.map((finding) => `${finding.code} ${finding.path.join('/')}`);
    expect(codes).toContain('query-param-casing paths//v1/datasets/get/parameters/0/name');
    expect(codes).toContain('property-casing definitions/Dataset/properties/datasetName');
    expect(codes.some((code) => code.startsWith('response-data-envelope'))).toBe(true);
  });
});
