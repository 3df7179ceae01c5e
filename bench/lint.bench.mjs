// `apigov lint` against the stock Spectral CLI (our rules alone, and
// spectral:oas) and Redocly (recommended), side by side, on the Phoenix schema
// and on generated copies 10x and 50x its size.
//   node bench/lint.bench.mjs            (after `npm run build`)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureRepeated } from './measure.mjs';
import { scaleSchema } from './scale-schema.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const phoenix = join(root, '..', 'shared', 'corpus', 'phoenix', 'openapi.json');
const work = join(root, 'bench', 'out');
mkdirSync(work, { recursive: true });

const node = process.execPath;
const apigovBin = join(root, 'dist', 'cli', 'apigov.js');
const spectralBin = join(root, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js');
const redoclyBin = join(root, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');
const oasRuleset = join(work, 'spectral-oas.yaml');
writeFileSync(oasRuleset, 'extends: [[spectral:oas, recommended]]\n');
const redoclyConfig = join(work, 'redocly.yaml');
writeFileSync(redoclyConfig, 'extends:\n  - recommended\n');

const sizes = (process.env.BENCH_SIZES ?? '1,10,50').split(',').map(Number);
const original = JSON.parse(readFileSync(phoenix, 'utf8'));

const tools = [
  { name: 'apigov lint', args: (file) => [apigovBin, 'lint', file, '--format', 'json'] },
  { name: 'spectral (apigov rules)', args: (file) => [spectralBin, 'lint', file, '-r', join(root, 'rules', 'apigov.yaml'), '-f', 'json', '--quiet'] },
  { name: 'spectral (spectral:oas)', args: (file) => [spectralBin, 'lint', file, '-r', oasRuleset, '-f', 'json', '--quiet'] },
  { name: 'redocly (recommended)', args: (file) => [redoclyBin, 'lint', file, '--config', redoclyConfig, '--format', 'json'] },
];

function countFindings(stdout, tool) {
  try {
    const parsed = JSON.parse(stdout);
    if (Array.isArray(parsed)) return parsed.length;
    if (Array.isArray(parsed.problems)) return parsed.problems.length;
  } catch {}
  return tool.startsWith('redocly') ? undefined : 0;
}

function findingKeys(stdout) {
  return JSON.parse(stdout || '[]').map((result) => JSON.stringify([result.code, result.path.map(String)])).sort();
}

const rows = [];
for (const size of sizes) {
  const file = join(work, `phoenix-${size}x.json`);
  const document = scaleSchema(original, size);
  writeFileSync(file, JSON.stringify(document, null, 2));
  const repeat = size >= 50 ? 1 : 3;
  const results = {};
  for (const tool of tools) {
    const result = measureRepeated(node, tool.args(file), { cwd: root, repeat, timeoutMs: 600_000 });
    results[tool.name] = result;
    rows.push({
      size: `${size}x`,
      tool: tool.name,
      seconds: result.seconds,
      peakMb: result.peakMb,
      findings: countFindings(result.stdout, tool.name),
      timedOut: result.timedOut,
    });
  }
  const same = JSON.stringify(findingKeys(results['apigov lint'].stdout)) === JSON.stringify(findingKeys(results['spectral (apigov rules)'].stdout));
  rows.push({ size: `${size}x`, tool: 'identical findings (apigov vs spectral, same rules)', same });
}

const pad = (text, width) => String(text).padEnd(width);
console.log('\napigov lint benchmark (wall time: median of 3 runs, 1 run at 50x; peak RSS)');
console.log(`${pad('size', 6)}${pad('tool', 28)}${pad('wall s', 9)}${pad('peak MB', 9)}${pad('findings', 10)}vs apigov`);
for (const size of sizes) {
  const apigov = rows.find((row) => row.size === `${size}x` && row.tool === 'apigov lint');
  for (const row of rows.filter((candidate) => candidate.size === `${size}x`)) {
    if (row.same !== undefined) {
      console.log(`${pad('', 6)}${row.tool}: ${row.same ? 'yes' : 'NO'}`);
      continue;
    }
    const ratio = row.tool === 'apigov lint' ? '' : `${(row.seconds / apigov.seconds).toFixed(1)}x slower`;
    console.log(`${pad(row.size, 6)}${pad(row.tool, 28)}${pad(row.timedOut ? 'timeout' : row.seconds.toFixed(2), 9)}${pad(row.peakMb?.toFixed(0) ?? '?', 9)}${pad(row.findings ?? '?', 10)}${ratio}`);
  }
}
const first = rows.find((row) => row.size === `${sizes[0]}x` && row.tool === 'apigov lint');
const last = rows.find((row) => row.size === `${sizes[sizes.length - 1]}x` && row.tool === 'apigov lint');
if (first && last && first !== last) {
  console.log(`\napigov lint scaling: ${sizes[sizes.length - 1]}x takes ${(last.seconds / first.seconds).toFixed(1)}x the time of ${sizes[0]}x; peak memory at ${sizes[sizes.length - 1]}x: ${last.peakMb?.toFixed(0)} MB`);
}
writeFileSync(join(work, 'lint-results.json'), `${JSON.stringify(rows, null, 2)}\n`);
