import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { apigov } from '../helpers/cli.js';
import { descendants, parseXml } from '../formatters/xml.js';
import { AUTHORS_PATH, CONFIG, booksApi } from './documents.js';
import { git, makeRepo, removeTempDirs, tempDir } from './git-repo.js';
import { sarifValidator } from '../helpers/sarif.js';

afterAll(removeTempDirs);

interface JsonReport {
  passed: boolean;
  base: { ref: string; commit: string } | null;
  parts: Array<{ part: string; state: string; reason?: string; notices: string[]; findings: Array<{ code: string; status: string; failing: boolean; pointer: string; message: string; source: string; range: { start: { line: number } } }> }>;
}

function checkJson(cwd: string, args: string[] = ['--base', 'main']): { status: number | null; report: JsonReport; stderr: string } {
  const result = apigov(['check', ...args, '--format', 'json'], { cwd });
  return { status: result.status, report: JSON.parse(result.stdout) as JsonReport, stderr: result.stderr };
}

function schemaFindings(report: JsonReport): Array<{ code: string; status: string; failing: boolean; pointer: string }> {
  const part = report.parts.find((candidate) => candidate.part === 'schema-lint');
  return (part?.findings ?? []).map(({ code, status, failing, pointer }) => ({ code, status, failing, pointer }));
}

const OLD_MISTAKE = { code: 'query-param-casing', status: 'existing', failing: false, pointer: '/paths/~1v1~1authors/get/parameters/0/name' };

describe('apigov check: schema lint, new versus existing', () => {
  it('passes when nothing changed', () => {
    const repo = makeRepo({ base: { 'apigov.config.yaml': CONFIG, 'openapi.yaml': booksApi() }, head: {} });
    const result = apigov(['check', '--base', 'main'], { cwd: repo });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(/^apigov check: passed \(against main, merge base [0-9a-f]{12}\)$/);
    expect(result.stdout).toContain('  Schema lint           no findings\n');
  });

  it('passes when the only findings were already there', () => {
    const base = booksApi({ extraPaths: AUTHORS_PATH });
    const repo = makeRepo({
      base: { 'apigov.config.yaml': CONFIG, 'openapi.yaml': base },
      head: { 'openapi.yaml': booksApi({ extraPaths: AUTHORS_PATH, description: 'Books, now described.' }) },
    });
    const { status, report } = checkJson(repo);
    expect(status).toBe(0);
    expect(report.passed).toBe(true);
    expect(schemaFindings(report)).toEqual([OLD_MISTAKE]);
  });

  it('fails on a new finding, and only on that one', () => {
    const repo = makeRepo({
      base: { 'apigov.config.yaml': CONFIG, 'openapi.yaml': booksApi({ extraPaths: AUTHORS_PATH }) },
      head: { 'openapi.yaml': booksApi({ extraPaths: AUTHORS_PATH, listParameters: ['{ name: returnUrl, in: query, schema: { type: string } }'] }) },
    });
    const { status, report } = checkJson(repo);
    expect(status).toBe(1);
    expect(report.passed).toBe(false);
    expect(schemaFindings(report)).toEqual([
      { code: 'query-param-casing', status: 'new', failing: true, pointer: '/paths/~1v1~1books/get/parameters/2/name' },
      OLD_MISTAKE,
    ]);
  });

  it('keeps an old finding old when its path parameter is renamed and parameters are inserted before it', () => {
    const old = '{ name: sortBy, in: query, schema: { type: string } }';
    const repo = makeRepo({
      base: { 'apigov.config.yaml': CONFIG, 'openapi.yaml': booksApi({ listParameters: [old] }) },
      head: {
        'openapi.yaml': booksApi({ listParameters: ['{ name: title, in: query, schema: { type: string } }', old], bookParam: 'book_id' })
          .replaceAll('/v1/books:', '/v1/books:'),
      },
    });
    const { status, report } = checkJson(repo);
    expect(status).toBe(0);
    expect(schemaFindings(report)).toEqual([{ code: 'query-param-casing', status: 'existing', failing: false, pointer: '/paths/~1v1~1books/get/parameters/3/name' }]);
  });

  it('matches findings under a renamed path template parameter', () => {
    const repo = makeRepo({
      base: { 'apigov.config.yaml': CONFIG, 'openapi.yaml': booksApi({ bookParam: 'bookId' }) },
      head: { 'openapi.yaml': booksApi({ bookParam: 'bookID' }) },
    });
    const { status, report } = checkJson(repo);
    expect(status).toBe(0);
    const findings = schemaFindings(report);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => finding.status === 'existing')).toBe(true);
  });

  it('judges every finding when there is no base', () => {
    const repo = makeRepo({ base: { 'apigov.config.yaml': CONFIG, 'openapi.yaml': booksApi({ extraPaths: AUTHORS_PATH }) }, head: {} });
    const { status, report } = checkJson(repo, []);
    expect(status).toBe(1);
    expect(report.base).toBeNull();
    expect(schemaFindings(report)).toEqual([{ ...OLD_MISTAKE, status: 'new', failing: true }]);
  });

  it('lints uncommitted changes of the working tree', () => {
    const repo = makeRepo({
      base: { 'apigov.config.yaml': CONFIG, 'openapi.yaml': booksApi() },
      head: { 'openapi.yaml': booksApi({ extraPaths: AUTHORS_PATH }) },
      uncommitted: true,
    });
    const { status, report } = checkJson(repo);
    expect(status).toBe(1);
    expect(schemaFindings(report)).toEqual([{ ...OLD_MISTAKE, status: 'new', failing: true }]);
  });
});

describe('apigov check: lint.mode', () => {
  // The change turns the rule on; /v1/authors is untouched, /v1/books gains a camelCase parameter.
  const baseConfig = `${CONFIG}rules:\n  query-param-casing: 'off'\n`;
  const head = booksApi({ extraPaths: AUTHORS_PATH, listParameters: ['{ name: pageToken, in: query, schema: { type: string } }'] });
  const repoWithMode = (mode: string): string =>
    makeRepo({
      base: { 'apigov.config.yaml': baseConfig, 'openapi.yaml': booksApi({ extraPaths: AUTHORS_PATH }) },
      head: { 'apigov.config.yaml': `${CONFIG}lint:\n  mode: ${mode}\n`, 'openapi.yaml': head },
    });

  it('always: a rule the change turns on applies to every operation', () => {
    const { status, report } = checkJson(repoWithMode('always'));
    expect(status).toBe(1);
    expect(schemaFindings(report).map((finding) => [finding.pointer, finding.status])).toEqual([
      ['/paths/~1v1~1books/get/parameters/2/name', 'new'],
      ['/paths/~1v1~1authors/get/parameters/0/name', 'new'],
    ]);
  });

  it('added-or-changed: only to the operations the change touches', () => {
    const { status, report } = checkJson(repoWithMode('added-or-changed'));
    expect(status).toBe(1);
    expect(schemaFindings(report).map((finding) => [finding.pointer, finding.status, finding.failing])).toEqual([
      ['/paths/~1v1~1books/get/parameters/2/name', 'new', true],
      ['/paths/~1v1~1authors/get/parameters/0/name', 'out-of-scope', false],
    ]);
  });

  it('added: not even to a changed operation', () => {
    const { status, report } = checkJson(repoWithMode('added'));
    expect(status).toBe(0);
    expect(schemaFindings(report).map((finding) => finding.status)).toEqual(['out-of-scope', 'out-of-scope']);
  });
});

describe('apigov check: output formats', () => {
  const repo = (): string =>
    makeRepo({
      base: { 'apigov.config.yaml': CONFIG, 'openapi.yaml': booksApi({ extraPaths: AUTHORS_PATH }) },
      head: { 'openapi.yaml': booksApi({ extraPaths: AUTHORS_PATH, listParameters: ['{ name: returnUrl, in: query, schema: { type: string } }'] }) },
    });

  it('writes the console report, a PR comment, a valid SARIF log and a JUnit report in one run', () => {
    const cwd = repo();
    const out = tempDir();
    const files = { markdown: join(out, 'comment.md'), sarif: join(out, 'check.sarif'), junit: join(out, 'junit.xml') };
    const result = apigov(['check', '--base', 'main', '--markdown-out', files.markdown, '--sarif-out', files.sarif, '--junit-out', files.junit], { cwd });
    expect(result.status).toBe(1);
    const console = result.stdout.split('\n');
    expect(console[0]).toMatch(/^apigov check: FAILED, 1 failing finding \(against main/);
    expect(console[2]).toBe('  Schema lint           1 new (1 failing), 1 existing');
    expect(console[4]).toBe('  Breaking changes      1 safe');
    expect(result.stdout).toContain(
      'openapi.yaml\n' +
        '  14:11  info   new       request-parameter-added-optional  the optional query parameter returnUrl was added to GET /v1/books\n' +
        '  14:18  error  FAIL      query-param-casing                Query parameter "returnUrl" is camelCase; use snake_case: "return_url".\n' +
        '  38:18  error  existing  query-param-casing                Query parameter "sortBy" is camelCase; use snake_case: "sort_by".\n',
    );

    const markdown = readFileSync(files.markdown, 'utf8');
    expect(markdown.startsWith('<!-- apigov-check -->\n### ❌ apigov check failed: 1 failing finding\n')).toBe(true);
    expect(markdown).toContain('| Schema lint | 1 new (1 failing), 1 existing | 1 |');
    expect(markdown).toContain('| **error** | `query-param-casing` | `openapi.yaml:14` (GET /v1/books) | Query parameter "returnUrl" is camelCase; use snake_case: "return_url". |');
    expect(markdown).toMatch(/<details>\n<summary>1 existing \(not failing\)<\/summary>[\s\S]*"sortBy"[\s\S]*<\/details>/);

    const sarif = JSON.parse(readFileSync(files.sarif, 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string; baselineState?: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }> }> };
    const validate = sarifValidator();
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    expect(sarif.runs[0]?.results.map((entry) => [entry.ruleId, entry.baselineState, entry.locations[0]?.physicalLocation.artifactLocation.uri, entry.locations[0]?.physicalLocation.region.startLine])).toEqual([
      ['request-parameter-added-optional', 'new', 'openapi.yaml', 14],
      ['query-param-casing', 'new', 'openapi.yaml', 14],
      ['query-param-casing', 'unchanged', 'openapi.yaml', 38],
    ]);

    const junit = parseXml(readFileSync(files.junit, 'utf8'));
    const failures = descendants(junit, 'failure');
    expect(failures).toHaveLength(1);
    expect(JSON.stringify(failures[0])).toContain('returnUrl');
  });

  it('annotates only what the change introduced in GitHub format', () => {
    const result = apigov(['check', '--base', 'main', '--format', 'github'], { cwd: repo() });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(
      '::error file=openapi.yaml,line=14,col=18,endLine=14,endColumn=28,title=query-param-casing::Query parameter "returnUrl" is camelCase; use snake_case: "return_url".\n',
    );
  });
});

describe('apigov check: bad input', () => {
  it('exits 2 naming the missing base and how to fetch it', () => {
    const repo = makeRepo({ base: { 'apigov.config.yaml': CONFIG, 'openapi.yaml': booksApi() }, head: {} });
    const result = apigov(['check', '--base', 'origin/main'], { cwd: repo });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'apigov: --base: the base revision "origin/main" does not exist in this repository; fetch it first, e.g. `git fetch --depth=100 origin main` ' +
        '(GitHub Actions: `actions/checkout` with `fetch-depth: 0`; GitLab CI: `GIT_DEPTH: 0`)\n',
    );
  });

  it('exits 2 in a shallow clone that lacks the base', () => {
    const origin = makeRepo({
      base: { 'apigov.config.yaml': CONFIG, 'openapi.yaml': booksApi() },
      head: { 'openapi.yaml': booksApi({ description: 'Changed.' }) },
    });
    const clone = join(tempDir(), 'clone');
    git(tempDir(), ['clone', '-q', '--depth', '1', '--branch', 'feature', `file://${origin}`, clone]);
    const missing = apigov(['check', '--base', 'origin/main'], { cwd: clone });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('the base revision "origin/main" is not in this shallow clone; fetch it first, e.g. `git fetch --depth=100 origin main`');
    // The base tip fetched alone is not enough: the branch point is still missing.
    git(clone, ['fetch', '-q', '--depth', '1', 'origin', 'main:refs/remotes/origin/main']);
    const noMergeBase = apigov(['check', '--base', 'origin/main'], { cwd: clone });
    expect(noMergeBase.status).toBe(2);
    expect(noMergeBase.stderr).toContain('cannot find where HEAD branched off "origin/main": the clone is too shallow');
  });

  it('exits 2 with the line and column of a broken configuration', () => {
    const repo = makeRepo({ base: { 'apigov.config.yaml': `${CONFIG}lint:\n  mode: sometimes\n`, 'openapi.yaml': booksApi() }, head: {} });
    const result = apigov(['check', '--base', 'main'], { cwd: repo });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`apigov: ${join(repo, 'apigov.config.yaml')}:4:9: invalid configuration: lint.mode must be one of "added", "added-or-changed", "always"\n`);
  });

  it('exits 2 for an unknown format', () => {
    const repo = makeRepo({ base: { 'apigov.config.yaml': CONFIG, 'openapi.yaml': booksApi() }, head: {} });
    const result = apigov(['check', '--format', 'xml'], { cwd: repo });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown format "xml"');
  });
});
