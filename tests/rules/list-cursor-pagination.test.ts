import { describe, expect, it } from 'vitest';
import { lintFixture, lintText, openapi, summarize } from '../helpers/lint.js';

const rules = ['list-cursor-pagination'];

describe('list-cursor-pagination', () => {
  it('flags missing cursor/limit, offset parameters, a missing or numeric next_cursor', () => {
    const findings = lintFixture('list-cursor-pagination', 'bad.yaml');
    expect(summarize(findings)).toEqual([
      ['list-cursor-pagination', 'paths > /v1/projects > get'],
      ['list-cursor-pagination', 'paths > /v1/projects > get'],
      ['list-cursor-pagination', 'paths > /v1/projects > get > parameters > 0'],
      ['list-cursor-pagination', 'paths > /v1/projects/{project_id}/traces > get'],
      ['list-cursor-pagination', 'paths > /v1/projects/{project_id}/traces > get > responses > 200 > content > application/json > schema > properties > next_cursor'],
      ['list-cursor-pagination', 'components > parameters > PageSize'],
      ['list-cursor-pagination', 'components > schemas > ProjectList'],
    ]);
    const messages = findings.map((finding) => finding.message);
    expect(messages[0]).toBe('GET /v1/projects returns a list in "data" but takes no "cursor" query parameter; paginate with "cursor" (the "next_cursor" of the previous page) and "limit".');
    expect(messages[1]).toContain('no "limit" query parameter');
    expect(messages[2]).toContain('pages with "page"');
    expect(messages[3]).toContain('GET /v1/projects/{project_id}/traces returns a list in "data" but takes no "limit"');
    expect(messages[4]).toContain('"next_cursor" is integer; make it a string, or null on the last page');
    expect(messages[5]).toContain('pages with "page_size"');
    expect(messages[6]).toBe('Response schema "ProjectList" (the list body of GET /v1/projects) has no "next_cursor" beside "data"; add "next_cursor": a string, or null on the last page.');
  });

  it('leaves items, object data, non-GETs, downloads and filters alone', () => {
    expect(lintFixture('list-cursor-pagination', 'good.yaml')).toEqual([]);
  });

  it('uses the configured parameter and property names', () => {
    const text = openapi(`  /v1/items:
    get:
      parameters:
        - { name: after, in: query, schema: { type: string } }
        - { name: first, in: query, schema: { type: integer } }
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: { type: object, properties: { data: { type: array, items: { type: string } }, end_cursor: { type: string } } }`);
    expect(lintText(text, { rules })).toHaveLength(3);
    const config = { conventions: { pagination: { cursor_param: 'after', limit_param: 'first', next_cursor_property: 'end_cursor' } } };
    expect(lintText(text, { rules, config })).toEqual([]);
  });

  it('judges each enveloped branch of a oneOf', () => {
    const text = openapi(`  /v1/items:
    get:
      parameters:
        - { name: cursor, in: query, schema: { type: string } }
        - { name: limit, in: query, schema: { type: integer } }
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema:
                oneOf:
                  - { type: object, properties: { data: { type: array, items: { type: string } }, next_cursor: { type: string } } }
                  - { type: object, properties: { data: { type: array, items: { type: integer } } } }`);
    expect(summarize(lintText(text, { rules }))).toEqual([
      ['list-cursor-pagination', 'paths > /v1/items > get > responses > 200 > content > application/json > schema > oneOf > 1'],
    ]);
  });
});
