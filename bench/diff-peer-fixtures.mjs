// Runs openapi-diff on every fixture pair of apigov's diff checks (rendered as
// OpenAPI 3.0, since openapi-diff reads nothing newer) and prints, per check,
// what apigov says and what openapi-diff says: the basis for "what the peer
// misses or mislabels".
//   node bench/diff-peer-fixtures.mjs      (after `npm run build`)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { toOpenApi30 } from './diff-inputs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'fixtures', 'diff');
const work = join(root, 'bench', 'out', 'peer-fixtures');
mkdirSync(work, { recursive: true });
const apigovBin = join(root, 'dist', 'cli', 'apigov.js');
const openapiDiffBin = join(root, 'node_modules', 'openapi-diff', 'bin', 'openapi-diff');

const folders = [
  ...readdirSync(fixtures).filter((name) => !name.startsWith('_')),
  ...readdirSync(join(fixtures, '_safe')).map((name) => `_safe/${name}`),
];
const rows = [];
for (const folder of folders) {
  const files = ['base', 'revision'].map((side) => {
    const document = toOpenApi30(parse(readFileSync(join(fixtures, folder, `${side}.yaml`), 'utf8')));
    const file = join(work, `${folder.replace('/', '__')}.${side}.json`);
    writeFileSync(file, JSON.stringify(document, null, 2));
    return file;
  });
  const ours = spawnSync(process.execPath, [apigovBin, 'diff', ...files, '--format', 'json', '--fail-on', 'none'], { encoding: 'utf8' });
  const findings = ours.status === 0 ? JSON.parse(ours.stdout) : [];
  const ourLevel = findings.some((finding) => finding.level === 'error') ? 'error' : findings.some((finding) => finding.level === 'warning') ? 'warning' : findings.length > 0 ? 'info' : 'none';
  const peer = spawnSync(process.execPath, [openapiDiffBin, ...files], { encoding: 'utf8', timeout: 120_000 });
  let peerSays;
  if (peer.error?.code === 'ETIMEDOUT') peerSays = 'timeout';
  else if (peer.status !== 0 && peer.status !== 1) peerSays = `error: ${(peer.stderr.split('\n')[0] ?? '').slice(0, 80)}`;
  else {
    const start = peer.stdout.indexOf('{');
    const result = start === -1 ? {} : JSON.parse(peer.stdout.slice(start));
    const codes = (list) => (list ?? []).map((entry) => entry.code);
    const breaking = codes(result.breakingDifferences);
    const nonBreaking = codes(result.nonBreakingDifferences);
    const unclassified = codes(result.unclassifiedDifferences);
    peerSays = breaking.length > 0 ? `breaking: ${breaking.join(', ')}` : nonBreaking.length > 0 ? `non-breaking: ${nonBreaking.join(', ')}` : unclassified.length > 0 ? `unclassified: ${unclassified.join(', ')}` : 'no difference';
  }
  rows.push({ folder, ours: ourLevel, ids: [...new Set(findings.map((finding) => finding.id))].join(', '), peer: peerSays });
}
console.log('| fixture | apigov | openapi-diff |');
console.log('| --- | --- | --- |');
for (const row of rows) console.log(`| ${row.folder} | ${row.ours} | ${row.peer} |`);
const missed = rows.filter((row) => row.ours === 'error' && !row.peer.startsWith('breaking'));
console.log(`\nbreaking for apigov (error) but not breaking for openapi-diff: ${missed.length} of ${rows.filter((row) => row.ours === 'error').length}`);
console.log(missed.map((row) => `  ${row.folder}: ${row.peer}`).join('\n'));
const overcalled = rows.filter((row) => (row.ours === 'info' || row.ours === 'none') && row.peer.startsWith('breaking'));
console.log(`\nsafe for apigov but breaking for openapi-diff: ${overcalled.length}`);
console.log(overcalled.map((row) => `  ${row.folder}: ${row.peer}`).join('\n'));
