import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { apigov } from '../helpers/cli.js';
import { CONFIG, booksApi } from './documents.js';
import { makeRepo, removeTempDirs } from './git-repo.js';

afterAll(removeTempDirs);

/** A stand-in for `tox run -e build_openapi_schema`: writes the schema the "code" (api.json) describes, as JSON. */
const GENERATOR = `import { readFileSync, writeFileSync } from 'node:fs';
const api = JSON.parse(readFileSync('src/api.json', 'utf8'));
writeFileSync('openapi.json', JSON.stringify(api, null, 4));
`;

const SLOW_GENERATOR = 'setTimeout(() => {}, 60000);\n';

function asJson(yamlLikeApi: object): string {
  return JSON.stringify(yamlLikeApi, null, 2);
}

const API = {
  openapi: '3.1.0',
  info: { title: 'Books', version: '1.0.0' },
  paths: {
    '/v1/books': { get: { operationId: 'listBooks', responses: { '204': { description: 'None' } } } },
    '/v1/books/{book_id}': {
      get: {
        operationId: 'getBook',
        parameters: [{ name: 'book_id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'The book', content: { 'application/json': { schema: { $ref: '#/components/schemas/BookEnvelope' } } } } },
      },
    },
  },
  components: {
    schemas: {
      BookEnvelope: { type: 'object', required: ['data'], properties: { data: { $ref: '#/components/schemas/Book' } } },
      Book: { type: 'object', properties: { book_id: { type: 'string' } } },
    },
  },
};

/** The same document with its keys in another order: not drift. */
function reordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reordered);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([key, child]) => [key, reordered(child)]));
}

const DRIFT_CONFIG = 'schemas:\n  - openapi.json\ndrift:\n  command: [node, gen.mjs]\n  timeout_seconds: 5\n';

function driftPart(stdout: string): { state: string; reason?: string; findings: Array<{ code: string; level: string; message: string; pointer: string; range: { start: { line: number } } }> } {
  const report = JSON.parse(stdout) as { parts: Array<{ part: string; state: string; reason?: string; findings: [] }> };
  return report.parts.find((part) => part.part === 'drift') as ReturnType<typeof driftPart>;
}

describe('apigov check: schema drift with a generator', () => {
  it('passes when the regenerated schema equals the committed one up to key order and formatting', () => {
    const repo = makeRepo({
      base: { 'apigov.config.yaml': DRIFT_CONFIG, 'gen.mjs': GENERATOR, 'src/api.json': JSON.stringify(reordered(API)), 'openapi.json': asJson(API) },
      head: {},
    });
    const result = apigov(['check', '--base', 'main', '--format', 'json'], { cwd: repo });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(driftPart(result.stdout)).toMatchObject({ state: 'ran', findings: [] });
  });

  it('fails naming the operations that differ, located in the committed schema, and leaves the file as it was', () => {
    const changed = structuredClone(API);
    changed.components.schemas.Book.properties = { book_id: { type: 'string' }, title: { type: 'string' } } as typeof changed.components.schemas.Book.properties;
    (changed.paths as Record<string, unknown>)['/v1/authors'] = { get: { operationId: 'listAuthors', responses: { '204': { description: 'None' } } } };
    const committed = asJson(API);
    const repo = makeRepo({
      base: { 'apigov.config.yaml': DRIFT_CONFIG, 'gen.mjs': GENERATOR, 'src/api.json': JSON.stringify(API), 'openapi.json': committed },
      head: { 'src/api.json': JSON.stringify(changed) },
    });
    const result = apigov(['check', '--base', 'main', '--format', 'json'], { cwd: repo });
    expect(result.status).toBe(1);
    const part = driftPart(result.stdout);
    expect(part.findings.map(({ code, level, message, pointer }) => ({ code, level, message, pointer }))).toEqual([
      {
        code: 'schema-drift',
        level: 'error',
        message: 'GET /v1/authors is in the code but missing from the committed schema; regenerate it with `node gen.mjs` and commit the result',
        pointer: '/paths',
      },
      {
        code: 'schema-drift',
        level: 'error',
        message: 'GET /v1/books/{book_id} differs between the code and the committed schema; regenerate it with `node gen.mjs` and commit the result',
        pointer: '/paths/~1v1~1books~1{book_id}/get',
      },
    ]);
    const lines = committed.split('\n');
    const pathLine = lines.findIndex((line) => line.includes('"/v1/books/{book_id}"'));
    expect(part.findings[1]?.range.start.line).toBe(lines.findIndex((line, index) => index > pathLine && line.includes('"get"')));
    expect(readFileSync(join(repo, 'openapi.json'), 'utf8')).toBe(committed);
  });

  it('fails when the generator runs past its time limit', () => {
    const repo = makeRepo({
      base: { 'apigov.config.yaml': DRIFT_CONFIG.replace('timeout_seconds: 5', 'timeout_seconds: 0.5'), 'gen.mjs': SLOW_GENERATOR, 'openapi.json': asJson(API) },
      head: {},
    });
    const result = apigov(['check', '--format', 'json'], { cwd: repo });
    expect(result.status).toBe(1);
    expect(driftPart(result.stdout).findings.map((finding) => [finding.code, finding.message])).toEqual([
      ['schema-drift-command-failed', 'the schema could not be regenerated: `node gen.mjs` did not finish within 0.5 s and was stopped'],
    ]);
  });

  it('passes arguments to the generator as they are, never through a shell', () => {
    const config = 'schemas:\n  - openapi.json\ndrift:\n  command: [node, -e, "process.stdout.write(process.argv[1])", "$(touch pwned); *"]\n  output: "-"\n';
    const repo = makeRepo({ base: { 'apigov.config.yaml': config, 'openapi.json': asJson(API) }, head: {} });
    const result = apigov(['check', '--format', 'json'], { cwd: repo });
    expect(result.status).toBe(1);
    const [finding] = driftPart(result.stdout).findings;
    expect(finding?.code).toBe('schema-drift-command-failed');
    // The argument reached the program verbatim (and is no OpenAPI document), not expanded by a shell.
    expect(finding?.message).toBe('the regenerated schema cannot be read: the generator output:1:1: not an OpenAPI document: the top level must be an object');
    expect(() => readFileSync(join(repo, 'pwned'))).toThrow();
  });
});

describe('apigov check: schema drift without a generator', () => {
  const config = `${CONFIG}drift:\n  sources: ['src/**/routers/**']\n`;

  it('warns when router code changed but the schema did not', () => {
    const repo = makeRepo({
      base: { 'apigov.config.yaml': config, 'openapi.yaml': booksApi(), 'src/app/routers/v1/books.py': 'router = APIRouter()\n' },
      head: { 'src/app/routers/v1/books.py': 'router = APIRouter()\n@router.get("/v1/books/{book_id}/authors")\n' },
    });
    const result = apigov(['check', '--base', 'main', '--format', 'json'], { cwd: repo });
    expect(result.status).toBe(0);
    expect(driftPart(result.stdout).findings.map(({ code, level, message }) => ({ code, level, message }))).toEqual([
      {
        code: 'schema-drift-sources-changed',
        level: 'warning',
        message:
          'the code the schema is generated from changed (src/app/routers/v1/books.py) but openapi.yaml did not; regenerate the schema and commit it, or ignore this if the change does not touch the API',
      },
    ]);
    expect(apigov(['check', '--base', 'main', '--fail-severity', 'warning'], { cwd: repo }).status).toBe(1);
  });

  it('is quiet when the schema changed with the code, or when no router changed', () => {
    const together = makeRepo({
      base: { 'apigov.config.yaml': config, 'openapi.yaml': booksApi(), 'src/app/routers/v1/books.py': 'a\n' },
      head: { 'src/app/routers/v1/books.py': 'b\n', 'openapi.yaml': booksApi({ description: 'Regenerated.' }) },
    });
    expect(driftPart(apigov(['check', '--base', 'main', '--format', 'json'], { cwd: together }).stdout).findings).toEqual([]);
    const elsewhere = makeRepo({ base: { 'apigov.config.yaml': config, 'openapi.yaml': booksApi(), 'README.md': 'a\n' }, head: { 'README.md': 'b\n' } });
    expect(driftPart(apigov(['check', '--base', 'main', '--format', 'json'], { cwd: elsewhere }).stdout).findings).toEqual([]);
  });

  it('is skipped, saying why, without a base', () => {
    const repo = makeRepo({ base: { 'apigov.config.yaml': config, 'openapi.yaml': booksApi() }, head: {} });
    expect(driftPart(apigov(['check', '--format', 'json'], { cwd: repo }).stdout)).toMatchObject({ state: 'skipped', reason: 'drift.sources needs --base to know what changed' });
  });
});

describe('apigov check: downstream artifacts (co_change)', () => {
  const config = `${CONFIG}co_change:\n  - when: [openapi.yaml]\n    require: [clients/ts/src/types.ts, 'clients/python/**/models.py']\n    reason: the clients are generated from the schema\n`;
  const base = { 'apigov.config.yaml': config, 'openapi.yaml': booksApi(), 'clients/ts/src/types.ts': 'a\n', 'clients/python/books/models.py': 'a\n' };

  it('fails listing the artifacts to regenerate', () => {
    const repo = makeRepo({ base, head: { 'openapi.yaml': booksApi({ description: 'New.' }), 'clients/python/books/models.py': 'b\n' } });
    const result = apigov(['check', '--base', 'main', '--format', 'json'], { cwd: repo });
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { parts: Array<{ part: string; findings: Array<{ code: string; message: string; source: string }> }> };
    expect(report.parts.find((part) => part.part === 'co-change')?.findings.map(({ code, message, source }) => ({ code, message, source }))).toEqual([
      {
        code: 'co-change-missing',
        message: 'openapi.yaml changed, so this artifact must be regenerated in the same change: clients/ts/src/types.ts (the clients are generated from the schema)',
        source: 'openapi.yaml',
      },
    ]);
  });

  it('passes when every artifact changed too', () => {
    const repo = makeRepo({ base, head: { 'openapi.yaml': booksApi({ description: 'New.' }), 'clients/python/books/models.py': 'b\n', 'clients/ts/src/types.ts': 'b\n' } });
    expect(apigov(['check', '--base', 'main'], { cwd: repo }).status).toBe(0);
  });
});
