// ESLint + the typescript-eslint parser over 1,000 generated route files,
// with and without the apigov plugin, side by side in one run.
// Run alone with `node bench/eslint.bench.mjs` after `npm run build`.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { generateRouteTree } from './generate-route-tree.mjs';

const FILES = Number(process.env.APIGOV_BENCH_FILES ?? 1000);
const ROUNDS = Number(process.env.APIGOV_BENCH_ROUNDS ?? 5);
const TARGET = 0.15;

const pluginEntry = fileURLToPath(new URL('../dist/eslint-plugin/index.js', import.meta.url));
if (!existsSync(pluginEntry)) {
  console.error('eslint.bench: build first (`npm run build`).');
  process.exit(1);
}
const { ESLint } = await import('eslint');
const tsParser = (await import('@typescript-eslint/parser')).default;
const plugin = (await import(pluginEntry)).default;

// A full collection before every timed run, so no run pays for the garbage of the one before it.
v8.setFlagsFromString('--expose_gc');
const collectGarbage = runInNewContext('gc');

const root = mkdtempSync(join(tmpdir(), 'apigov-eslint-bench-'));
try {
  generateRouteTree(root, FILES);
  const base = { files: ['**/*.ts'], languageOptions: { parser: tsParser, sourceType: 'module' } };
  // ESLint pays a fixed cost as soon as any rule is on, and a cost per rule per file;
  // these rows measure both, so the plugin's own work is visible too.
  const noop = { plugins: { bench: { rules: { noop: { meta: { schema: [] }, create: () => ({ Program() {} }) } } } }, rules: { 'bench/noop': 'error' } };
  const noopRules = Object.fromEntries(Object.entries(plugin.rules).map(([name, rule]) => [name, { meta: rule.meta, create: () => ({ Program() {} }) }]));
  const sameShapeNoops = {
    plugins: { noops: { rules: noopRules } },
    rules: Object.fromEntries(Object.entries(plugin.configs.recommended.rules).map(([id, level]) => [id.replace('apigov/', 'noops/'), level])),
  };
  const variants = {
    'parser only': [base],
    'parser + one no-op rule': [base, noop],
    [`parser + ${Object.keys(noopRules).length} no-op rules`]: [base, sameShapeNoops],
    'parser + apigov recommended': [base, plugin.configs.recommended],
  };
  const names = Object.keys(variants);
  const [parserOnly, , sameShape, withApigov] = names;

  const lint = async (config) => {
    collectGarbage();
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

  // one warm-up of each, then alternate the order so no variant always runs on a warmer process
  for (const config of Object.values(variants)) await lint(config);
  const times = Object.fromEntries(names.map((name) => [name, []]));
  const cpuTimes = Object.fromEntries(names.map((name) => [name, []]));
  const last = {};
  for (let round = 0; round < ROUNDS; round += 1) {
    const order = round % 2 === 0 ? names : [...names].reverse();
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
  // the same round's runs are the fairest pair on a machine whose speed drifts: the median of per-round ratios
  const pairedOverhead = (name, reference) => median(times[name].map((value, round) => value / times[reference][round] - 1));
  const percent = (ratio) => `${ratio >= 0 ? '+' : ''}${(ratio * 100).toFixed(1)} %`;
  console.log(`eslint.bench: ${last[parserOnly].files} files (mixed frameworks), median of ${ROUNDS} rounds, node ${process.version}`);
  console.log(`  ${'variant'.padEnd(30)} ${'wall ms'.padStart(8)} ${'cpu ms'.padStart(8)}  ${'vs parser only'.padStart(14)}  findings`);
  for (const name of names) {
    const versus = name === parserOnly ? '' : percent(pairedOverhead(name, parserOnly));
    console.log(`  ${name.padEnd(30)} ${wall(name).toFixed(0).padStart(8)} ${cpu(name).toFixed(0).padStart(8)}  ${versus.padStart(14)}  ${last[name].findings}`);
  }
  const overhead = pairedOverhead(withApigov, parserOnly);
  console.log(`  apigov vs parser only:              wall ${percent(overhead)}   (target ≤ ${(TARGET * 100).toFixed(0)} %)`);
  console.log(`  apigov vs ${sameShape.replace('parser + ', '')} (same metas): wall ${percent(pairedOverhead(withApigov, sameShape))}   (the plugin's own work)`);
  console.log(`  ESLint's floor for ${Object.keys(noopRules).length} rules that do nothing: wall ${percent(pairedOverhead(sameShape, parserOnly))}`);

  // ESLint's own accounting in one extra run (stats cost time, so it is not one of the timed rounds):
  // parse and rule times of the same files, in the same process, are not skewed by machine load between runs
  const statsRun = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: variants[withApigov], cache: false, stats: true });
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
