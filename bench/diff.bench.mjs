// `apigov diff` against openapi-diff (npm), side by side on the same OpenAPI
// 3.0 pairs: the Phoenix schema rendered as 3.0 with an edited copy, and the
// pair scaled 10x and 50x. openapi-diff refuses 3.1 and stops at recursive
// schemas, so each size is run twice: as rendered (recursion kept) and with
// the schema cycles cut, which openapi-diff can read. Then `apigov diff`
// alone on the 3.1 originals.
//   node bench/diff.bench.mjs            (after `npm run build`)
//   BENCH_SIZES=1,10 BENCH_TIMEOUT_S=60 node bench/diff.bench.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cutSchemaCycles, editLikeAPullRequest, toOpenApi30 } from './diff-inputs.mjs';
import { measureRepeated } from './measure.mjs';
import { scaleSchema } from './scale-schema.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const phoenix = join(root, '..', 'shared', 'corpus', 'phoenix', 'openapi.json');
const work = join(root, 'bench', 'out', 'diff');
mkdirSync(work, { recursive: true });

const node = process.execPath;
const apigovBin = join(root, 'dist', 'cli', 'apigov.js');
const openapiDiffBin = join(root, 'node_modules', 'openapi-diff', 'bin', 'openapi-diff');
const sizes = (process.env.BENCH_SIZES ?? '1,10,50').split(',').map(Number);
const timeoutMs = Number(process.env.BENCH_TIMEOUT_S ?? 120) * 1000;
const repeat = Number(process.env.BENCH_REPEAT ?? 3);

const original = JSON.parse(readFileSync(phoenix, 'utf8'));
const rendered30 = toOpenApi30(original);
const variants = [
  { name: '3.0', base: rendered30 },
  { name: '3.0 acyclic', base: cutSchemaCycles(rendered30) },
];

function write(name, document) {
  const file = join(work, name);
  writeFileSync(file, JSON.stringify(document, null, 2));
  return file;
}

function seconds(value) {
  return `${value.toFixed(3)} s`;
}

/** openapi-diff exits 1 both for "breaking changes found" and for a crash; only its JSON report means it finished. */
function peerFinished(run) {
  return !run.timedOut && (run.status === 0 || run.status === 1) && run.stdout.includes('breakingDifferencesFound');
}

/**
 * CPU time (user + system) of one run, from GNU time: on a shared machine the
 * wall time also counts the other processes' turns, the CPU time does not.
 */
function cpuSeconds(command, args) {
  if (!existsSync('/usr/bin/time')) return undefined;
  const run = spawnSync('/usr/bin/time', ['-f', '__CPU__%U %S', command, ...args], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, timeout: timeoutMs });
  const match = /__CPU__([\d.]+) ([\d.]+)/.exec(run.stderr ?? '');
  return match ? Number(match[1]) + Number(match[2]) : undefined;
}

/**
 * openapi-diff under coreutils `timeout`, which kills it when time is up:
 * spawnSync's own timeout would only kill the GNU time wrapper that
 * measure.mjs puts in front, and leave openapi-diff running (and skewing
 * every later measurement).
 */
function runPeer(args) {
  const started = process.hrtime.bigint();
  const run = spawnSync('timeout', ['-k', '5', String(timeoutMs / 1000), node, ...args], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  return {
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    status: run.status,
    timedOut: run.status === 124 || run.status === 137,
    stdout: run.stdout ?? '',
    stderr: run.stderr ?? '',
  };
}

function describeRun(run) {
  if (run.timedOut) return `timeout after ${seconds(timeoutMs / 1000)}`;
  if (!peerFinished(run)) {
    const reason = /Circular \$ref pointer/.test(run.stderr) ? 'fails: circular $ref' : /Unsupported OpenAPI version/.test(run.stderr) ? 'fails: unsupported version' : `fails (exit ${run.status})`;
    return `${reason} after ${seconds(run.seconds)}`;
  }
  return seconds(run.seconds);
}

console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((value) => value.toFixed(1)).join(' ')} at start`);
console.log(`apigov diff vs openapi-diff ${JSON.parse(readFileSync(join(root, 'node_modules', 'openapi-diff', 'package.json'), 'utf8')).version}; wall time, median of ${repeat} for apigov, one run for openapi-diff (timeout ${timeoutMs / 1000} s)`);
const { edits } = editLikeAPullRequest(rendered30);
console.log(`edits in each revision: ${edits.join('; ')}`);
console.log('');
console.log(['pair', 'size', 'apigov diff', 'findings', 'openapi-diff', 'openapi-diff says', 'ratio'].join(' | '));
const apigovTimes = new Map();
for (const variant of variants) {
  for (const size of sizes) {
    const base = scaleSchema(variant.base, size);
    const revision = editLikeAPullRequest(base).document;
    const tag = `${variant.name.replace(/\W+/g, '-')}-${size}x`;
    const baseFile = write(`${tag}-base.json`, base);
    const revisionFile = write(`${tag}-revision.json`, revision);
    const ours = measureRepeated(node, [apigovBin, 'diff', baseFile, revisionFile, '--format', 'json', '--fail-on', 'none'], { repeat, timeoutMs });
    const findings = ours.status === 0 ? JSON.parse(ours.stdout) : [];
    const breaking = findings.filter((finding) => finding.breaking).length;
    apigovTimes.set(`${variant.name}:${size}`, ours.seconds);
    const peer = runPeer([openapiDiffBin, baseFile, revisionFile]);
    let peerSays = '';
    if (peerFinished(peer)) {
      const breakingCount = (peer.stdout.match(/"type": "breaking"/g) ?? []).length;
      const nonBreaking = (peer.stdout.match(/"type": "non-breaking"/g) ?? []).length;
      const unclassified = (peer.stdout.match(/"type": "unclassified"/g) ?? []).length;
      peerSays = `${breakingCount} breaking, ${nonBreaking} non-breaking, ${unclassified} unclassified`;
    }
    const ratio = peer.timedOut ? `> ${(timeoutMs / 1000 / ours.seconds).toFixed(0)}x` : peerFinished(peer) ? `${(peer.seconds / ours.seconds).toFixed(1)}x` : `(it failed after ${(peer.seconds / ours.seconds).toFixed(1)}x our time)`;
    const cpu = cpuSeconds(node, [apigovBin, 'diff', baseFile, revisionFile, '--format', 'json', '--fail-on', 'none']);
    console.log([variant.name, `${size}x`, `${seconds(ours.seconds)}${cpu === undefined ? '' : ` (cpu ${seconds(cpu)})`}`, `${findings.length} (${breaking} breaking)`, describeRun(peer), peerSays || '—', ratio].join(' | '));
  }
}
console.log('');
for (const variant of variants) {
  const one = apigovTimes.get(`${variant.name}:1`);
  const fifty = apigovTimes.get(`${variant.name}:50`);
  if (one !== undefined && fifty !== undefined) console.log(`${variant.name}: apigov at 50x takes ${(fifty / one).toFixed(1)}x its time at 1x (target: at most 60x)`);
}

console.log('');
console.log('apigov diff alone on the 3.1 originals');
let oneTime31;
const edited31 = editLikeAPullRequest(original);
const revision31 = write('phoenix-3.1-revision.json', edited31.document);
for (const [label, args] of [
  ['Phoenix 3.1 against itself', [phoenix, phoenix]],
  ['Phoenix 3.1 against an edited copy', [phoenix, revision31]],
]) {
  const isEdited = args[1] === revision31;
  const run = measureRepeated(node, [apigovBin, 'diff', ...args, '--format', 'json', '--fail-on', 'none'], { repeat, timeoutMs });
  const findings = run.status === 0 ? JSON.parse(run.stdout) : [];
  const cpu = cpuSeconds(node, [apigovBin, 'diff', ...args, '--format', 'json', '--fail-on', 'none']);
  if (isEdited) oneTime31 = run.seconds;
  console.log(`${label}: ${seconds(run.seconds)} wall${cpu === undefined ? '' : `, cpu ${seconds(cpu)}`} (target under 0.300 s), ${findings.length} findings, ${findings.filter((finding) => finding.breaking).length} breaking${run.peakMb ? `, peak ${run.peakMb.toFixed(0)} MB` : ''}`);
}
for (const size of sizes.filter((size) => size > 1)) {
  const base = write(`phoenix-3.1-${size}x-base.json`, scaleSchema(original, size));
  const revision = write(`phoenix-3.1-${size}x-revision.json`, editLikeAPullRequest(scaleSchema(original, size)).document);
  const run = measureRepeated(node, [apigovBin, 'diff', base, revision, '--format', 'json', '--fail-on', 'none'], { repeat, timeoutMs });
  console.log(`Phoenix 3.1 ${size}x against an edited copy: ${seconds(run.seconds)} wall`);
  apigovTimes.set(`3.1:${size}`, run.seconds);
}
const fifty31 = apigovTimes.get('3.1:50');
if (oneTime31 !== undefined && fifty31 !== undefined) console.log(`3.1: apigov at 50x takes ${(fifty31 / oneTime31).toFixed(1)}x its time at 1x (target: at most 60x)`);
console.log(`load average ${loadavg().map((value) => value.toFixed(1)).join(' ')} at the end`);
