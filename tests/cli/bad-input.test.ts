import { describe, expect, it } from 'vitest';
import { apigov } from '../helpers/cli.js';

const file = (name: string): string => `fixtures/bad-input/${name}`;

describe('apigov lint on bad input: a located message, exit 2, never a stack trace', () => {
  it.each([
    ['invalid.json', 'fixtures/bad-input/invalid.json:6:3: invalid JSON: Expected double-quoted property name'],
    ['invalid.yaml', 'fixtures/bad-input/invalid.yaml:3:10: invalid YAML:'],
    ['empty.yaml', 'fixtures/bad-input/empty.yaml:1:1: the file is empty'],
    ['not-openapi.yaml', 'fixtures/bad-input/not-openapi.yaml:1:1: not an OpenAPI document'],
    ['missing.yaml', 'fixtures/bad-input/missing.yaml: file not found'],
    ['unresolvable-ref.yaml', 'fixtures/bad-input/unresolvable-ref.yaml:11:30: $ref "#/components/schemas/Missing" cannot be resolved'],
    ['outside-root.yaml', 'fixtures/bad-input/outside-root.yaml:11:30: $ref "../../../../etc/passwd#/x" points outside the project root'],
  ])('%s', (name, expected) => {
    const result = apigov(['lint', file(name)]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`apigov: ${expected}`);
    expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('lints circular $refs without looping', () => {
    const result = apigov(['lint', file('circular-ref.yaml'), '--format', 'json']);
    expect(result.stderr).toBe('');
    const findings = JSON.parse(result.stdout) as Array<{ code: string }>;
    expect(findings.every((finding) => finding.code !== 'internal-error')).toBe(true);
  });

  it('reports a remote $ref as not fetched instead of fetching it', () => {
    const result = apigov(['lint', file('remote-ref.yaml'), '--format', 'json']);
    expect(result.status).toBe(0);
    const findings = JSON.parse(result.stdout) as Array<{ code: string; message: string; range: { start: { line: number } } }>;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'remote-ref-not-fetched', range: { start: { line: 10 } } });
    expect(findings[0]?.message).toContain('was not fetched');
  });

  it('follows a relative $ref into another file inside the project and reports there', () => {
    const result = apigov(['lint', file('split/openapi.yaml'), '--format', 'json']);
    const findings = JSON.parse(result.stdout) as Array<{ code: string; source: string; range: { start: { line: number } } }>;
    expect(findings.map((finding) => [finding.code, finding.source, finding.range.start.line])).toEqual([
      ['query-param-casing', 'fixtures/bad-input/split/parameters.yaml', 1],
    ]);
  });

  it('rejects an unknown format and an unknown fail severity with exit 2', () => {
    expect(apigov(['lint', file('circular-ref.yaml'), '--format', 'xml']).status).toBe(2);
    expect(apigov(['lint', file('circular-ref.yaml'), '--fail-severity', 'fatal']).stderr).toContain('--fail-severity must be one of');
  });

  it('says what to do when there is nothing to lint', () => {
    const result = apigov(['lint'], { cwd: '/' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no OpenAPI documents to lint');
  });
});

describe('a reader that stops early', () => {
  it('ends the run quietly with the SIGPIPE status, not a stack trace', async () => {
    const { spawn } = await import('node:child_process');
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { BIN } = await import('../helpers/cli.js');
    // a document with a finding on each of 3,000 paths: far more output than one pipe buffer holds
    const dir = mkdtempSync(join(tmpdir(), 'apigov-epipe-'));
    const paths = Object.fromEntries(Array.from({ length: 3000 }, (_, index) => [`/v1/getThing${index}`, { get: { responses: { '204': { description: 'none' } } } }]));
    writeFileSync(join(dir, 'openapi.json'), JSON.stringify({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths }));
    try {
      const child = spawn(process.execPath, [BIN, 'lint', 'openapi.json', '--format', 'json'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout.once('data', () => child.stdout.destroy());
      const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
      expect(stderr).not.toMatch(/EPIPE|\n\s+at .+:\d+:\d+/);
      expect(status).toBe(141);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
