import { describe, expect, it } from 'vitest';
import { lintFixture, lintText, openapi, summarize } from '../helpers/lint.js';

const rules = ['http-method-semantics'];

describe('http-method-semantics', () => {
  it('flags bodies on GET and DELETE, POST on an item, PUT/PATCH on a collection, state-changing GETs', () => {
    const findings = lintFixture('http-method-semantics', 'bad.yaml');
    expect(summarize(findings)).toEqual([
      ['http-method-semantics', 'paths > /v1/spans > get > requestBody'],
      ['http-method-semantics', 'paths > /v1/spans/{span_id} > delete > requestBody'],
      ['http-method-semantics', 'paths > /v1/spans/{span_id} > post'],
      ['http-method-semantics', 'paths > /v1/secrets > put'],
      ['http-method-semantics', 'paths > /v1/dataset_labels > patch'],
      ['http-method-semantics', 'paths > /auth/logout > get'],
      ['http-method-semantics', 'paths > /oauth2/{idp_name}/tokens > get > summary'],
      ['http-method-semantics', 'paths > /v1/tags/{tag_id}/removal > get > summary'],
    ]);
    const messages = findings.map((finding) => finding.message);
    expect(messages[0]).toContain('GET /v1/spans declares a request body; GET bodies have no defined meaning');
    expect(messages[1]).toContain('a DELETE body has no defined meaning');
    expect(messages[2]).toBe('POST /v1/spans/{span_id} posts to one item; POST creates in a collection (POST /v1/spans), and PUT or PATCH changes the item itself.');
    expect(messages[3]).toContain('PUT is for one item (/v1/secrets/{secret_id})');
    expect(messages[4]).toContain('(/v1/dataset_labels/{dataset_label_id})');
    expect(messages[5]).toContain('GET /auth/logout says "logout" in its path');
    expect(messages[6]).toContain('says "create" in its summary');
    expect(messages[6]).toContain('make it a POST');
    expect(messages[7]).toContain('says "delete" in its summary');
    expect(messages[7]).toContain('make it a DELETE');
    expect(findings.every((finding) => finding.level === 'warning')).toBe(true);
  });

  it('accepts look-alikes: nouns, read actions, singletons, items', () => {
    expect(lintFixture('http-method-semantics', 'good.yaml')).toEqual([]);
  });

  it('reads OpenAPI 2.0 body parameters', () => {
    const swagger = `swagger: '2.0'
info: { title: t, version: '1' }
paths:
  /v1/things:
    get:
      parameters:
        - { name: body, in: body, schema: { type: object } }
      responses: { '200': { description: OK } }
`;
    expect(summarize(lintText(swagger, { rules }))).toEqual([['http-method-semantics', 'paths > /v1/things > get > parameters > 0']]);
  });

  it('configured verbs count as actions', () => {
    const text = openapi(`  /v1/jobs/{job_id}/kick:
    get:
      parameters:
        - { name: job_id, in: path, required: true, schema: { type: string } }
      responses: { '200': { description: OK } }`);
    expect(lintText(text, { rules })).toEqual([]);
    expect(lintText(text, { rules, config: { conventions: { extra_verbs: ['kick'] } } })).toHaveLength(1);
  });
});
