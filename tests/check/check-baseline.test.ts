import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { apigov } from '../helpers/cli.js';
import { AUTHORS_PATH, CONFIG, booksApi } from './documents.js';
import { makeRepo, removeTempDirs, writeTree } from './git-repo.js';

afterAll(removeTempDirs);

const SORT_BY = '{ name: sortBy, in: query, schema: { type: string } }';

interface BaselineJson {
  version: number;
  findings: Array<{ fingerprint: string; code: string; source: string; file: string; location: string; message: string; count: number }>;
}

function readBaselineFile(repo: string): BaselineJson {
  return JSON.parse(readFileSync(join(repo, 'apigov-baseline.json'), 'utf8')) as BaselineJson;
}

describe('apigov baseline', () => {
  it('writes the current findings sorted, and the same bytes when run again', () => {
    const repo = makeRepo({ base: { 'apigov.config.yaml': CONFIG, 'openapi.yaml': booksApi({ extraPaths: AUTHORS_PATH, listParameters: [SORT_BY] }) }, head: {} });
    const first = apigov(['baseline'], { cwd: repo });
    expect(first.status).toBe(0);
    expect(first.stderr).toBe('apigov: wrote apigov-baseline.json: 2 findings (2 added, 0 dropped as fixed)\n');
    const text = readFileSync(join(repo, 'apigov-baseline.json'), 'utf8');
    const baseline = JSON.parse(text) as BaselineJson;
    expect(baseline.version).toBe(1);
    expect(baseline.findings.map(({ code, source, file, location, count }) => ({ code, source, file, location, count }))).toEqual([
      { code: 'query-param-casing', source: 'schema', file: 'openapi.yaml', location: '/paths/~1v1~1authors/get/parameters/0/name', count: 1 },
      { code: 'query-param-casing', source: 'schema', file: 'openapi.yaml', location: '/paths/~1v1~1books/get/parameters/2/name', count: 1 },
    ]);
    expect(baseline.findings.every((entry) => /^[0-9a-f]{16}$/.test(entry.fingerprint))).toBe(true);
    expect(apigov(['baseline'], { cwd: repo }).stderr).toBe('apigov: wrote apigov-baseline.json: 2 findings (0 added, 0 dropped as fixed)\n');
    expect(readFileSync(join(repo, 'apigov-baseline.json'), 'utf8')).toBe(text);
  });

  it('baselined findings do not fail the check; a new one does; the size is reported', () => {
    const repo = makeRepo({ base: { 'apigov.config.yaml': CONFIG, 'openapi.yaml': booksApi({ extraPaths: AUTHORS_PATH }) }, head: {} });
    expect(apigov(['baseline'], { cwd: repo }).status).toBe(0);
    const clean = apigov(['check'], { cwd: repo });
    expect(clean.status).toBe(0);
    expect(clean.stdout).toContain('  Schema lint           1 baselined\n');
    expect(clean.stdout).toContain('  baseline: apigov-baseline.json, 1 finding\n');
    writeTree(repo, { 'openapi.yaml': booksApi({ extraPaths: AUTHORS_PATH, listParameters: [SORT_BY] }) });
    const dirty = apigov(['check'], { cwd: repo });
    expect(dirty.status).toBe(1);
    expect(dirty.stdout).toContain('  Schema lint           1 new (1 failing), 1 baselined\n');
  });

  it('a fixed finding is reported, and --prune drops it without adding new ones', () => {
    const repo = makeRepo({ base: { 'apigov.config.yaml': CONFIG, 'openapi.yaml': booksApi({ extraPaths: AUTHORS_PATH }) }, head: {} });
    apigov(['baseline'], { cwd: repo });
    // Fix the old mistake, make a new one.
    writeTree(repo, { 'openapi.yaml': booksApi({ listParameters: [SORT_BY] }) });
    const check = apigov(['check'], { cwd: repo });
    expect(check.status).toBe(1);
    expect(check.stdout).toContain(
      'notices:\n  - fixed, no longer needs its baseline entry: query-param-casing in openapi.yaml at /paths/~1v1~1authors/get/parameters/0/name (run `apigov baseline --prune`)\n',
    );
    const prune = apigov(['baseline', '--prune'], { cwd: repo });
    expect(prune.stderr).toBe('apigov: wrote apigov-baseline.json: 0 findings (0 added, 1 dropped as fixed)\n');
    expect(readBaselineFile(repo).findings).toEqual([]);
    expect(apigov(['check'], { cwd: repo }).status).toBe(1);
  });

  it('a broken baseline is an input error', () => {
    const repo = makeRepo({ base: { 'apigov.config.yaml': CONFIG, 'openapi.yaml': booksApi(), 'apigov-baseline.json': '{"findings": 3}' }, head: {} });
    const result = apigov(['check'], { cwd: repo });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('apigov: apigov-baseline.json: the baseline has no valid "findings" list; regenerate it with `apigov baseline`\n');
  });
});
