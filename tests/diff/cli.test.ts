import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/registry.js';
import { MARKDOWN_MARKER } from '../../src/formatters/diff-markdown.js';
import { apigov } from '../helpers/cli.js';

const pair = (id: string): [string, string] => [`fixtures/diff/${id}/base.yaml`, `fixtures/diff/${id}/revision.yaml`];

describe('apigov diff', () => {
  it('fails the gate on a breaking change and says which version it needs', () => {
    const result = apigov(['diff', ...pair('request-parameter-added-required')]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('request-parameter-added-required');
    expect(result.stdout).toContain('needs /v2/: add the new shape under /v2/datasets and leave /v1/ as it was');
    expect(result.stdout).toContain('fixtures/diff/request-parameter-added-required/revision.yaml:');
  });

  it('passes a safe change', () => {
    const result = apigov(['diff', ...pair('request-property-added-optional')]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('the gate passes');
  });

  it('prints findings as JSON with both locations and a fingerprint', () => {
    const result = apigov(['diff', ...pair('response-property-removed'), '--format', 'json']);
    expect(result.status).toBe(1);
    const findings = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    expect(findings.length).toBeGreaterThan(0);
    const [first] = findings;
    expect(first).toMatchObject({
      id: 'response-property-removed',
      level: 'error',
      operation: { method: 'GET', path: '/v1/datasets' },
      base: { file: 'fixtures/diff/response-property-removed/base.yaml', pointer: '/components/schemas/Dataset/properties/example_count' },
      revision: null,
    });
    expect(first?.['fingerprint']).toMatch(/^[0-9a-f]{16}$/);
    expect((first?.['base'] as { line: number }).line).toBeGreaterThan(1);
  });

  it('prints the diff model with --all', () => {
    const result = apigov(['diff', ...pair('request-body-became-required'), '--format', 'json', '--all']);
    expect(result.status).toBe(1);
    const model = JSON.parse(result.stdout) as { operations: { modified: Array<{ requestBody: { required: unknown } }> } };
    expect(model.operations.modified[0]?.requestBody.required).toEqual({ from: false, to: true });
  });

  it('renders a PR comment in markdown with a marker to update it by', () => {
    const result = apigov(['diff', ...pair('request-property-enum-value-removed'), '--format', 'markdown']);
    expect(result.stdout.startsWith(`${MARKDOWN_MARKER}\n## API changes`)).toBe(true);
    expect(result.stdout).toContain('| Level | Change | Before → after | Why it breaks clients | Fix |');
    expect(result.stdout).toContain('#### `POST /v1/datasets`');
    expect(result.stdout).toContain('Add the new shape under `/v2/datasets`');
  });

  it('writes SARIF, GitHub annotations and JUnit through the shared formatters', () => {
    const sarif = JSON.parse(apigov(['diff', ...pair('api-operation-removed'), '--format', 'sarif']).stdout) as { runs: Array<{ results: Array<{ ruleId: string; level: string }> }> };
    expect(sarif.runs[0]?.results.map((result) => [result.ruleId, result.level])).toEqual([['api-operation-removed', 'error']]);
    expect(apigov(['diff', ...pair('api-operation-removed'), '--format', 'github']).stdout).toMatch(/^::error file=fixtures\/diff\/api-operation-removed\/base\.yaml,line=\d+/);
    expect(apigov(['diff', ...pair('api-operation-removed'), '--format', 'junit']).stdout).toContain('<testsuites');
  });

  it('fails on warnings only when asked to', () => {
    expect(apigov(['diff', ...pair('request-parameter-removed')]).status).toBe(0);
    expect(apigov(['diff', ...pair('request-parameter-removed'), '--fail-on', 'warning']).status).toBe(1);
    expect(apigov(['diff', ...pair('api-operation-removed'), '--fail-on', 'none']).status).toBe(0);
  });

  it('refuses bad usage and bad input with exit 2 and a located message', () => {
    const one = apigov(['diff', 'fixtures/diff/api-path-added/base.yaml']);
    expect(one.status).toBe(2);
    expect(one.stderr).toContain('name a base and a revision');
    const missing = apigov(['diff', 'fixtures/diff/api-path-added/base.yaml', 'nope.yaml']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('apigov: nope.yaml: file not found');
    expect(apigov(['diff', ...pair('api-path-added'), '--format', 'xml']).status).toBe(2);
    expect(apigov(['diff', ...pair('api-path-added'), '--all']).status).toBe(2);
  });
});

describe('apigov diff with git revisions', () => {
  let repo: string;
  const git = (...args: string[]): void => {
    execFileSync('git', args, { cwd: repo, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
  };

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'apigov-diff-git-'));
    git('init', '-q');
    writeFileSync(join(repo, 'openapi.yaml'), readFileSync('fixtures/diff/api-operation-removed/base.yaml', 'utf8'));
    git('add', 'openapi.yaml');
    git('commit', '-q', '-m', 'base');
    writeFileSync(join(repo, 'openapi.yaml'), readFileSync('fixtures/diff/api-operation-removed/revision.yaml', 'utf8'));
  });

  afterAll(() => {
    rmSync(repo, { recursive: true, force: true });
  });

  it('reads REV:path and --base REF through git', () => {
    const explicit = apigov(['diff', 'HEAD:openapi.yaml', 'openapi.yaml', '--format', 'json'], { cwd: repo });
    expect(explicit.stderr).toBe('');
    expect(explicit.status).toBe(1);
    const findings = JSON.parse(explicit.stdout) as Array<{ id: string; base: { file: string } }>;
    expect(findings.map((finding) => finding.id)).toEqual(['api-operation-removed']);
    expect(findings[0]?.base.file).toBe('HEAD:openapi.yaml');
    const shorthand = apigov(['diff', '--base', 'HEAD', 'openapi.yaml'], { cwd: repo });
    expect(shorthand.status).toBe(1);
    expect(shorthand.stdout).toContain('HEAD:openapi.yaml');
  });

  it('says so when the revision or the path does not exist (exit 2)', () => {
    const badRef = apigov(['diff', 'no-such-branch:openapi.yaml', 'openapi.yaml'], { cwd: repo });
    expect(badRef.status).toBe(2);
    expect(badRef.stderr).toContain('apigov: no-such-branch:openapi.yaml: unknown git revision "no-such-branch"');
    const badPath = apigov(['diff', 'HEAD:missing.yaml', 'openapi.yaml'], { cwd: repo });
    expect(badPath.status).toBe(2);
    expect(badPath.stderr).toContain('"missing.yaml" does not exist at revision HEAD');
    const optionLike = apigov(['diff', '--', '--upload-pack=touch pwned:openapi.yaml', 'openapi.yaml'], { cwd: repo });
    expect(optionLike.status).toBe(2);
    expect(optionLike.stderr).toContain('"--upload-pack=touch pwned" is not a git revision');
  });

  it('reads the files a document at a revision $refs from that revision, not from the working tree', () => {
    const parts = (properties: string): string => `Item:\n  type: object\n  required: [item_id]\n  properties:\n${properties}`;
    writeFileSync(join(repo, 'parts.yaml'), parts('    item_id: { type: string }\n    label: { type: string }\n'));
    writeFileSync(
      join(repo, 'split.yaml'),
      "openapi: 3.1.0\ninfo: { title: t, version: '1' }\npaths:\n  /v1/items: { get: { responses: { '200': { description: OK, content: { application/json: { schema: { $ref: './parts.yaml#/Item' } } } } } } }\n",
    );
    git('add', 'parts.yaml', 'split.yaml');
    git('commit', '-q', '-m', 'split');
    // the working tree drops `label` in the referenced file only; the root document is unchanged
    writeFileSync(join(repo, 'parts.yaml'), parts('    item_id: { type: string }\n'));
    const result = apigov(['diff', '--base', 'HEAD', 'split.yaml', '--format', 'json'], { cwd: repo });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const findings = JSON.parse(result.stdout) as Array<{ id: string; base: { file: string; line: number } }>;
    expect(findings.map((finding) => finding.id)).toEqual(['response-property-removed']);
    // located in the referenced file as it is at the revision
    expect(findings[0]?.base.file).toBe('HEAD:parts.yaml');
    expect(findings[0]?.base.line).toBe(6);
    // and the same revision against itself, through the referenced file, is no change at all
    const same = apigov(['diff', 'HEAD:split.yaml', 'HEAD:split.yaml', '--format', 'json'], { cwd: repo });
    expect(same.stderr).toBe('');
    expect(JSON.parse(same.stdout)).toEqual([]);
    writeFileSync(join(repo, 'parts.yaml'), parts('    item_id: { type: string }\n    label: { type: string }\n'));
  });

  it('says which referenced file is missing at the revision', () => {
    writeFileSync(join(repo, 'untracked-part.yaml'), 'Thing: { type: object }\n');
    writeFileSync(
      join(repo, 'uses-untracked.yaml'),
      "openapi: 3.1.0\ninfo: { title: t, version: '1' }\npaths:\n  /v1/things: { get: { responses: { '200': { description: OK, content: { application/json: { schema: { $ref: './untracked-part.yaml#/Thing' } } } } } } }\n",
    );
    git('add', 'uses-untracked.yaml');
    git('commit', '-q', '-m', 'uses an untracked file');
    const result = apigov(['diff', '--base', 'HEAD', 'uses-untracked.yaml'], { cwd: repo });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('apigov: HEAD:uses-untracked.yaml:4:');
    expect(result.stderr).toContain('$ref "./untracked-part.yaml#/Thing" cannot be resolved: HEAD:untracked-part.yaml: file not found');
  });

  it('honours the accepted-changes file and per-check levels from the configuration', () => {
    const fingerprint = (JSON.parse(apigov(['diff', '--base', 'HEAD', 'openapi.yaml', '--format', 'json'], { cwd: repo }).stdout) as Array<{ fingerprint: string }>)[0]?.fingerprint ?? '';
    writeFileSync(join(repo, 'apigov-accepted.yaml'), `accepted:\n  - fingerprint: ${fingerprint}\n    reason: nobody calls it any more\n`);
    const accepted = apigov(['diff', '--base', 'HEAD', 'openapi.yaml'], { cwd: repo });
    expect(accepted.status).toBe(0);
    expect(accepted.stdout).toContain('nobody calls it any more');
    rmSync(join(repo, 'apigov-accepted.yaml'));
    writeFileSync(join(repo, 'apigov.config.yaml'), 'diff:\n  checks:\n    api-operation-removed: none\n');
    const off = apigov(['diff', '--base', 'HEAD', 'openapi.yaml', '--format', 'json'], { cwd: repo });
    expect(off.status).toBe(0);
    expect(JSON.parse(off.stdout)).toEqual([]);
    rmSync(join(repo, 'apigov.config.yaml'));
  });
});

describe('apigov checks', () => {
  it('prints the catalogue as JSON, text and markdown', () => {
    const json = JSON.parse(apigov(['checks', '--format', 'json']).stdout) as Array<{ id: string; level: string; description: string }>;
    expect(json.map((check) => check.id)).toEqual(CHECKS.map((check) => check.id));
    expect(json.every((check) => check.description.length > 0)).toBe(true);
    const text = apigov(['checks']).stdout;
    expect(text).toContain(`${CHECKS.length} checks`);
    expect(text).toMatch(/^api-operation-removed\s+error\s+An operation was removed/m);
    expect(apigov(['checks', '--format', 'markdown']).stdout).toContain('| [`request-property-became-required`](request-property-became-required.md) | error |');
    expect(apigov(['checks', '--format', 'yaml']).status).toBe(2);
  });
});
