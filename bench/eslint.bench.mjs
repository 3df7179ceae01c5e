// ESLint + the typescript-eslint parser over 1,000 generated route files,
// with and without the apigov plugin, side by side in one run.
// Run alone with `node bench/eslint.bench.mjs` after `npm run build`.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateRouteTree } from './generate-route-tree.mjs';

const FILES = Number(process.env.APIGOV_BENCH_FILES ?? 1000);
const ROUNDS = Number(process.env.APIGOV_BENCH_ROUNDS ?? 3);
const TARGET = 0.15;

const pluginEntry = fileURLToPath(new URL('../dist/eslint-plugin/index.js', import.meta.url));
if (!existsSync(pluginEntry)) {
  console.error('eslint.bench: build first (`npm run build`).');
  process.exit(1);
}
const { ESLint } = await import('eslint');
const tsParser = (await import('@typescript-eslint/parser')).default;
const plugin = (await import(pluginEntry)).default;

const root = mkdtempSync(join(tmpdir(), 'apigov-eslint-bench-'));
try {
  generateRouteTree(root, FILES);
  const base = { files: ['**/*.ts'], languageOptions: { parser: tsParser, sourceType: 'module' } };
  // ESLint pays a fixed cost (traversal, code-path analysis) as soon as any rule runs;
  // the no-op row shows it, so the plugin's own share is visible too.
  const noop = { plugins: { bench: { rules: { noop: { meta: { schema: [] }, create: () => ({ Program() {} }) } } } }, rules: { 'bench/noop': 'error' } };
  const variants = {
    'parser only': [base],
    'parser + one no-op rule': [base, noop],
    'parser + apigov recommended': [base, plugin.configs.recommended],
  };

  const lint = async (config) => {
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config, cache: false });
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const results = await eslint.lintFiles(['.']);
    const cpuUsed = process.cpuUsage(cpuStarted);
    const elapsed = performance.now() - started;
    const cpu = (cpuUsed.user + cpuUsed.system) / 1000;
    const fatal = results.flatMap((result) => result.messages.filter((message) => message.fatal));
    if (fatal.length > 0) throw new Error(`parse errors in the generated tree: ${fatal[0].message}`);
    return { elapsed, cpu, files: results.length, findings: results.reduce((total, result) => total + result.messages.length, 0) };
  };

  // one warm-up of each, then alternate so neither variant always runs on a warmer process
  for (const config of Object.values(variants)) await lint(config);
  const times = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
  const cpuTimes = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
  let last = {};
  for (let round = 0; round < ROUNDS; round += 1) {
    const order = round % 2 === 0 ? Object.keys(variants) : Object.keys(variants).reverse();
    for (const name of order) {
      const result = await lint(variants[name]);
      times[name].push(result.elapsed);
      cpuTimes[name].push(result.cpu);
      last[name] = result;
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const wall = (name) => median(times[name]);
  const cpu = (name) => median(cpuTimes[name]);
  const percent = (value, reference) => `${(((value / reference) - 1) * 100).toFixed(1)} %`;
  console.log(`eslint.bench: ${last['parser only'].files} files (mixed frameworks), median of ${ROUNDS} rounds, node ${process.version}`);
  console.log(`  ${'variant'.padEnd(30)} ${'wall ms'.padStart(8)} ${'cpu ms'.padStart(8)}  findings`);
  for (const name of Object.keys(variants)) {
    console.log(`  ${name.padEnd(30)} ${wall(name).toFixed(0).padStart(8)} ${cpu(name).toFixed(0).padStart(8)}  ${last[name].findings}`);
  }
  const overhead = wall('parser + apigov recommended') / wall('parser only') - 1;
  console.log(`  apigov vs parser only:    wall +${percent(wall('parser + apigov recommended'), wall('parser only'))}, cpu +${percent(cpu('parser + apigov recommended'), cpu('parser only'))}   (target ≤ ${(TARGET * 100).toFixed(0)} %)`);
  console.log(`  apigov vs one no-op rule: wall +${percent(wall('parser + apigov recommended'), wall('parser + one no-op rule'))}, cpu +${percent(cpu('parser + apigov recommended'), cpu('parser + one no-op rule'))}   (the plugin's own share)`);

  // ESLint's own accounting in one extra run (stats cost time, so it is not one of the timed rounds):
  // parse and rule times of the same files, in the same process, are not skewed by machine load between runs
  const statsRun = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: variants['parser + apigov recommended'], cache: false, stats: true });
  let parseTime = 0;
  let ruleTime = 0;
  for (const result of await statsRun.lintFiles(['.'])) {
    for (const pass of result.stats?.times.passes ?? []) {
      parseTime += pass.parse.total;
      for (const rule of Object.values(pass.rules ?? {})) ruleTime += rule.total;
    }
  }
  console.log(`  ESLint stats, same run:   parse ${parseTime.toFixed(0)} ms, apigov rules ${ruleTime.toFixed(0)} ms = ${((ruleTime / parseTime) * 100).toFixed(1)} % of parse`);
  process.exitCode = overhead <= TARGET ? 0 : 1;
} finally {
  rmSync(root, { recursive: true, force: true });
}
