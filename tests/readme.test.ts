import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaRules } from '../rules/registry.js';
import { apigov, ROOT } from './helpers/cli.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('lists every schema rule with its level and doc link', () => {
    for (const rule of schemaRules) expect(readme).toContain(`| [\`${rule.id}\`](docs/rules/${rule.id}.md) | ${rule.level} |`);
  });

  it('shows the output the lint example really prints', () => {
    const result = apigov(['lint', '--config', 'fixtures/example/apigov.config.yaml']);
    const block = readme.split('```\nfixtures/example/schemas/openapi.yaml\n')[1]?.split('```')[0];
    expect(block).toBeDefined();
    expect(result.stdout).toBe(`fixtures/example/schemas/openapi.yaml\n${block}`);
  });

  it('shows the output the main job (apigov check on the example) really prints', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'fixtures', 'example', 'run-check.mjs')], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    const block = readme.split('```\napigov check: ')[1]?.split('```')[0];
    expect(block).toBeDefined();
    expect(run.stdout.replace(/merge base [0-9a-f]+/, 'merge base <commit>')).toBe(`apigov check: ${block}`);
  });

  it('keeps the two newcomer commands', () => {
    expect(readme).toContain('npm run example');
    expect(readme).toContain('npm test');
    const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['example']).toBe('node fixtures/example/run-check.mjs');
    expect(scripts['test']).toBeDefined();
  });
});
