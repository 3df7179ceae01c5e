import { describe, expect, it } from 'vitest';
import { lintFixture, lintText, openapi, summarize } from '../helpers/lint.js';

const rules = ['status-code-classes'];

describe('status-code-classes', () => {
  it('flags invalid keys, a missing 2xx, errors as 2xx, creating POSTs without 201, DELETE answers', () => {
    const findings = lintFixture('status-code-classes', 'bad.yaml');
    expect(summarize(findings)).toEqual([
      ['status-code-classes', 'paths > /v1/projects > post > responses > 200'],
      ['status-code-classes', 'paths > /v1/projects > post > responses > 4xx'],
      ['status-code-classes', 'paths > /v1/projects > post > responses > 99'],
      ['status-code-classes', 'paths > /v1/projects/{project_id} > get > responses'],
      ['status-code-classes', 'paths > /v1/projects/{project_id} > delete > responses > 202'],
      ['status-code-classes', 'paths > /v1/datasets/upload > post > responses > 204'],
      ['status-code-classes', 'paths > /v1/runs/{run_id} > patch > responses > 200'],
      ['status-code-classes', 'paths > /v1/runs/{run_id} > patch > responses > 207'],
    ]);
    const messages = findings.map((finding) => finding.message);
    expect(messages[0]).toBe('POST /v1/projects creates (it posts to the "projects" collection) but answers 200; answer 201 (Created, with the new resource), or 202 if creation is queued.');
    expect(messages[1]).toContain('response key "4xx", which is not a status code');
    expect(messages[1]).toContain('(write "4XX")');
    expect(messages[3]).toBe('GET /v1/projects/{project_id} has only 404 and no 2xx response; document what success returns (e.g. 200, or 204 without a body).');
    expect(messages[4]).toBe('DELETE /v1/projects/{project_id} answers 202; a DELETE answers 204 or 200.');
    expect(messages[5]).toContain('its summary says "upload"');
    expect(messages[6]).toContain('its description says "Failed to update the run"');
    expect(messages[7]).toContain('its body is "HTTPValidationError"');
  });

  it('accepts valid keys, 202 for queued creation, 200 deletes, success wording that mentions failures', () => {
    expect(lintFixture('status-code-classes', 'good.yaml')).toEqual([]);
  });

  it('takes the create and delete codes from the configuration', () => {
    const text = openapi(`  /v1/items:
    post:
      responses: { '200': { description: Created } }
  /v1/items/{item_id}:
    delete:
      parameters:
        - { name: item_id, in: path, required: true, schema: { type: string } }
      responses: { '200': { description: Deleted } }`);
    expect(lintText(text, { rules })).toHaveLength(1);
    const config = { conventions: { create_status_codes: [201, 200], delete_status_codes: [204] } };
    expect(summarize(lintText(text, { rules, config }))).toEqual([['status-code-classes', 'paths > /v1/items/{item_id} > delete > responses > 200']]);
  });

  it('does not accept status ranges in OpenAPI 2.0', () => {
    const swagger = `swagger: '2.0'
info: { title: t, version: '1' }
paths:
  /v1/items:
    get:
      responses:
        '200': { description: OK }
        '4XX': { description: Client error }
`;
    const findings = lintText(swagger, { rules });
    expect(summarize(findings)).toEqual([['status-code-classes', 'paths > /v1/items > get > responses > 4XX']]);
    expect(findings[0]?.message).toContain('ranges are OpenAPI 3.x');
  });

  it('flags an operation without responses at the operation', () => {
    const text = openapi(`  /v1/items:
    get: { summary: Nothing documented }`);
    expect(summarize(lintText(text, { rules }))).toEqual([['status-code-classes', 'paths > /v1/items > get']]);
  });
});
