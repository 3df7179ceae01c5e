import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { apigov } from '../helpers/cli.js';
import { CONFIG, booksApi } from './documents.js';
import { makeRepo, removeTempDirs, tempDir, writeTree } from './git-repo.js';
import { sarifValidator } from '../helpers/sarif.js';

afterAll(removeTempDirs);

interface DiffFindingJson {
  code: string;
  status: string;
  failing: boolean;
  level: string;
  message: string;
  source: string;
  fingerprint: string;
}

function diffPart(stdout: string): { state: string; reason?: string; findings: DiffFindingJson[] } {
  const report = JSON.parse(stdout) as { parts: Array<{ part: string; state: string; reason?: string; findings: DiffFindingJson[] }> };
  return report.parts.find((part) => part.part === 'diff') as ReturnType<typeof diffPart>;
}

/** The head drops `title` from the Book that both /v1 operations return. */
const withoutTitle = (document: string): string => document.replace('      required: [book_id, title]\n', '      required: [book_id]\n').replace('        title: { type: string }\n', '');

/** The new shape under /v2/, /v1/ left as it was. */
const V2_PATH = `  /v2/books/{book_id}:
    get:
      operationId: getBookV2
      summary: Get a book
      parameters:
        - { name: book_id, in: path, required: true, schema: { type: string } }
      responses:
        '200':
          description: The book
          content:
            application/json:
              schema:
                type: object
                required: [data]
                properties:
                  data: { type: object, properties: { book_id: { type: string } } }
`;

describe('apigov check: breaking changes', () => {
  it('fails on a breaking change under /v1/, naming the /v2/ path as the fix', () => {
    const repo = makeRepo({ base: { 'apigov.config.yaml': CONFIG, 'openapi.yaml': booksApi() }, head: { 'openapi.yaml': withoutTitle(booksApi()) } });
    const result = apigov(['check', '--base', 'main', '--format', 'json'], { cwd: repo });
    expect(result.status).toBe(1);
    const failing = diffPart(result.stdout).findings.filter((finding) => finding.failing);
    expect(failing.map(({ code, source, status }) => ({ code, source, status }))).toEqual([
      { code: 'response-property-removed', source: 'openapi.yaml', status: 'new' },
      { code: 'response-property-removed', source: 'openapi.yaml', status: 'new' },
    ]);
    expect(failing.map((finding) => finding.message).sort()).toEqual([
      'the response property data.title (200) of GET /v1/books/{book_id} was removed (it was at main:openapi.yaml:39)',
      'the response property data[].title (200) of GET /v1/books was removed (it was at main:openapi.yaml:39)',
    ]);
    const markdown = apigov(['check', '--base', 'main', '--format', 'markdown'], { cwd: repo }).stdout;
    expect(markdown).toContain('| Breaking changes | 2 breaking (2 failing) | 2 |');
    expect(markdown).toContain('| Level | Operation | Change | Before → after | Fix |');
    expect(markdown).toMatch(/\| \*\*error\*\* \| GET \/v1\/books\/\{book_id\} \| `response-property-removed`: .* \| add the new shape under \/v2\/books\/\{book_id\} and leave \/v1\/ as it was; or deprecate first; or accept it .* \|/);
  });

  it('passes when the new shape goes under /v2/ and /v1/ stays as it was', () => {
    const repo = makeRepo({ base: { 'apigov.config.yaml': CONFIG, 'openapi.yaml': booksApi() }, head: { 'openapi.yaml': booksApi({ extraPaths: V2_PATH }) } });
    const result = apigov(['check', '--base', 'main', '--format', 'json'], { cwd: repo });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(diffPart(result.stdout).findings.map(({ code, level, failing }) => ({ code, level, failing }))).toEqual([{ code: 'api-path-added', level: 'info', failing: false }]);
  });

  it('passes on a breaking change listed as accepted, and reports it as accepted', () => {
    const repo = makeRepo({ base: { 'apigov.config.yaml': CONFIG, 'openapi.yaml': booksApi() }, head: { 'openapi.yaml': withoutTitle(booksApi()) } });
    const breaking = diffPart(apigov(['check', '--base', 'main', '--format', 'json'], { cwd: repo }).stdout).findings.filter((finding) => finding.failing);
    const accepted = breaking.map((finding) => `  - fingerprint: ${finding.fingerprint}\n    reason: no client reads title (API-42)\n`).join('');
    writeTree(repo, { 'apigov-accepted.yaml': `accepted:\n${accepted}` });
    const result = apigov(['check', '--base', 'main', '--format', 'json'], { cwd: repo });
    expect(result.status).toBe(0);
    expect(diffPart(result.stdout).findings.map(({ code, status, failing }) => ({ code, status, failing }))).toEqual([
      { code: 'response-property-removed', status: 'accepted', failing: false },
      { code: 'response-property-removed', status: 'accepted', failing: false },
    ]);
    expect(apigov(['check', '--base', 'main'], { cwd: repo }).stdout).toContain('  Breaking changes      2 accepted\n');
  });

  it('puts schema and diff findings in one valid SARIF log, at files that exist', () => {
    const repo = makeRepo({
      base: { 'apigov.config.yaml': CONFIG, 'openapi.yaml': booksApi() },
      head: { 'openapi.yaml': withoutTitle(booksApi({ listParameters: ['{ name: returnUrl, in: query, schema: { type: string } }'] })) },
    });
    const sarifFile = join(tempDir(), 'check.sarif');
    expect(apigov(['check', '--base', 'main', '--sarif-out', sarifFile], { cwd: repo }).status).toBe(1);
    const log = JSON.parse(readFileSync(sarifFile, 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string; baselineState?: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }> }> };
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const results = log.runs[0]?.results ?? [];
    expect(new Set(results.map((entry) => entry.ruleId))).toEqual(new Set(['query-param-casing', 'response-property-removed', 'request-parameter-added-optional']));
    expect(results.every((entry) => entry.locations[0]?.physicalLocation.artifactLocation.uri === 'openapi.yaml' && (entry.locations[0]?.physicalLocation.region.startLine ?? 0) >= 1)).toBe(true);
  });

  it('reads a split schema at the base from the base commit, and sees a change made only in a referenced file', () => {
    const root = (ref: string): string =>
      `openapi: 3.1.0\ninfo: { title: Books, version: '1' }\npaths:\n  /v1/books/{book_id}:\n    get:\n      operationId: getBook\n      parameters:\n        - { name: book_id, in: path, required: true, schema: { type: string } }\n      responses:\n        '200':\n          description: The book\n          content:\n            application/json:\n              schema: { $ref: '${ref}' }\n`;
    const parts = (properties: string): string =>
      `BookResponse:\n  type: object\n  required: [data]\n  properties:\n    data:\n      type: object\n      required: [book_id]\n      properties:\n${properties}`;
    const repo = makeRepo({
      base: { 'apigov.config.yaml': CONFIG, 'openapi.yaml': root('./components/books.yaml#/BookResponse'), 'components/books.yaml': parts('        book_id: { type: string }\n        title: { type: string }\n') },
      head: { 'components/books.yaml': parts('        book_id: { type: string }\n') },
    });
    const result = apigov(['check', '--base', 'main', '--format', 'json'], { cwd: repo });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const findings = diffPart(result.stdout).findings;
    expect(findings.map(({ code, failing }) => ({ code, failing }))).toEqual([{ code: 'response-property-removed', failing: true }]);
    expect(findings[0]?.message).toContain('(it was at main:components/books.yaml:');
  });

  it('is skipped without a base', () => {
    const repo = makeRepo({ base: { 'apigov.config.yaml': CONFIG, 'openapi.yaml': booksApi() }, head: {} });
    expect(diffPart(apigov(['check', '--format', 'json'], { cwd: repo }).stdout)).toMatchObject({ state: 'skipped', reason: 'the breaking-change diff needs --base' });
  });
});
