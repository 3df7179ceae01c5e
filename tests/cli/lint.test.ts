import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apigov } from '../helpers/cli.js';
import { sarifValidator } from '../helpers/sarif.js';

const config = ['--config', 'fixtures/example/apigov.config.yaml'];

describe('apigov lint on the bundled example', () => {
  it('stylish: the findings, then a summary; exit 1 for errors', () => {
    const result = apigov(['lint', ...config]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('fixtures/example/schemas/openapi.yaml\n');
    expect(result.stdout).toMatch(/14:18\s+error\s+query-param-casing\s+Query parameter "sortBy" is camelCase; use snake_case: "sort_by"\./);
    expect(result.stdout).toMatch(/64:20\s+error\s+path-no-verbs\s+Path "\/v1\/books\/import" uses the verb "import"/);
    expect(result.stdout).toMatch(/92:21\s+error\s+property-casing\s+Property "publishedAt" in schema "Book" \(used by GET \/v1\/books, GET \/v1\/books\/\{book_id\}, POST \/v1\/books and 1 more\)/);
    expect(result.stdout).toContain('✖ 3 problems (3 errors, 0 warnings, 0 info, 0 hints)');
  });

  it('json: Spectral\'s result shape with our fields', () => {
    const result = apigov(['lint', ...config, '--format', 'json']);
    const findings = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    expect(findings.map((finding) => [finding['code'], finding['pointer'], finding['severity'], finding['level']])).toEqual([
      ['query-param-casing', '/paths/~1v1~1books/get/parameters/2/name', 0, 'error'],
      ['path-no-verbs', '/paths/~1v1~1books~1import', 0, 'error'],
      ['property-casing', '/components/schemas/Book/properties/publishedAt', 0, 'error'],
    ]);
    expect(findings[0]).toMatchObject({ source: 'fixtures/example/schemas/openapi.yaml', path: ['paths', '/v1/books', 'get', 'parameters', '2', 'name'] });
  });

  it('sarif: valid SARIF 2.1.0 with real lines', () => {
    const result = apigov(['lint', ...config, '--format', 'sarif']);
    const log = JSON.parse(result.stdout) as { runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }> }> };
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0]?.results.map((entry) => [entry.ruleId, entry.locations[0]?.physicalLocation.region.startLine])).toEqual([
      ['query-param-casing', 14],
      ['path-no-verbs', 64],
      ['property-casing', 92],
    ]);
  });

  it('github: one workflow annotation per finding', () => {
    const lines = apigov(['lint', ...config, '--format', 'github']).stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^::error file=fixtures\/example\/schemas\/openapi\.yaml,line=14,col=18,.*title=query-param-casing::Query parameter "sortBy"/);
  });

  it('junit: a failure per error', () => {
    const xml = apigov(['lint', ...config, '--format', 'junit']).stdout;
    expect(xml.match(/<failure /g)).toHaveLength(3);
    expect(xml).toContain('<testsuites');
  });

  it('--fail-severity and rule levels from the configuration decide the exit code', () => {
    expect(apigov(['lint', 'fixtures/openapi/path-segments-plural/bad.yaml']).status).toBe(0);
    expect(apigov(['lint', 'fixtures/openapi/path-segments-plural/bad.yaml', '--fail-severity', 'warning']).status).toBe(1);
  });

  it('writes the report to a file with --output', () => {
    const output = join(mkdtempSync(join(tmpdir(), 'apigov-output-')), 'lint.json');
    const result = apigov(['lint', ...config, '--format', 'json', '--output', output]);
    expect(result.stdout).toBe('');
    expect(JSON.parse(readFileSync(output, 'utf8'))).toHaveLength(3);
  });
});

describe('apigov lint with spectral:oas turned on', () => {
  it('adds the stock rules, tuned as in .spectral.yaml', () => {
    const directory = mkdtempSync(join(tmpdir(), 'apigov-oas-'));
    writeFileSync(join(directory, 'apigov.config.yaml'), 'lint:\n  spectral_oas: true\n');
    writeFileSync(join(directory, 'openapi.yaml'), "openapi: 3.1.0\ninfo: { title: t, version: '1' }\npaths:\n  /v1/items:\n    get:\n      responses:\n        '200': { description: OK }\n");
    const result = apigov(['lint', 'openapi.yaml', '--format', 'json'], { cwd: directory });
    const codes = (JSON.parse(result.stdout) as Array<{ code: string }>).map((finding) => finding.code);
    expect(codes).toContain('operation-operationId');
    expect(codes).not.toContain('info-contact');
    expect(codes).not.toContain('operation-success-response');
  });
});
