import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaRules } from '../rules/registry.js';
import { apigov, ROOT } from './helpers/cli.js';

const SPECTRAL = join(ROOT, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js');
const PHOENIX = resolve(ROOT, '..', 'shared', 'corpus', 'phoenix', 'openapi.json');
const ourRules = new Set(schemaRules.map((rule) => rule.id));

interface Result {
  code: string;
  path: Array<string | number>;
  source: string;
  range: { start: { line: number; character: number } };
}

function key(result: Result): string {
  return JSON.stringify([relative(ROOT, resolve(ROOT, result.source)), result.code, result.path.map(String), result.range.start.line]);
}

function stockSpectral(files: string[]): string[] {
  const run = spawnSync(process.execPath, [SPECTRAL, 'lint', ...files, '-r', 'rules/apigov.yaml', '-f', 'json', '--quiet', '--fail-severity', 'error'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const text = run.stdout.trim();
  if (text === '' || text.startsWith('No results')) return [];
  return (JSON.parse(text) as Result[]).filter((result) => ourRules.has(result.code)).map(key).sort();
}

function ours(files: string[]): string[] {
  const run = apigov(['lint', ...files, '--format', 'json']);
  expect(run.stderr).toBe('');
  return (JSON.parse(run.stdout) as Result[]).map(key).sort();
}

const fixtureFiles = readdirSync(join(ROOT, 'fixtures', 'openapi')).flatMap((rule) =>
  ['bad.yaml', 'good.yaml'].map((name) => `fixtures/openapi/${rule}/${name}`).filter((file) => existsSync(join(ROOT, file))),
);

describe('the stock Spectral CLI with .spectral.yaml\'s rules and apigov lint agree', () => {
  it('on every rule fixture: same rule, same JSON path, same line', () => {
    const expected = stockSpectral(fixtureFiles);
    expect(expected.length).toBeGreaterThan(fixtureFiles.length / 2);
    expect(ours(fixtureFiles)).toEqual(expected);
  });

  it.skipIf(!existsSync(PHOENIX))('on the Phoenix schema', () => {
    const file = relative(ROOT, PHOENIX);
    const expected = stockSpectral([file]);
    expect(expected.length).toBeGreaterThan(20);
    expect(ours([file])).toEqual(expected);
  });
});
