// `apigov check` end to end on a Phoenix-size repository: the Phoenix schema
// plus 100 generated Express route files, a base commit and a head commit that
// adds an operation, changes one and touches a few route files. Prints the
// wall time (median of 3), peak memory and what each part took. Target: < 3 s.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureRepeated } from './measure.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'dist', 'cli', 'apigov.js');
const phoenix = process.env.APIGOV_PHOENIX ?? join(root, '..', 'shared', 'corpus', 'phoenix', 'openapi.json');
if (!existsSync(phoenix)) {
  console.log(`check bench: skipped, no Phoenix schema at ${phoenix} (set APIGOV_PHOENIX)`);
  process.exit(0);
}
if (!existsSync(bin)) {
  console.error('check bench: run `npm run build` first');
  process.exit(1);
}

const env = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
};
const repo = mkdtempSync(join(tmpdir(), 'apigov-check-bench-'));
const git = (...args) => execFileSync('git', args, { cwd: repo, env, stdio: ['ignore', 'pipe', 'pipe'] });
const write = (path, text) => {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
};

const RESOURCES = ['datasets', 'experiments', 'projects', 'spans', 'traces', 'prompts', 'annotations', 'evaluations', 'users', 'sessions'];

/** One Express router module, some routes conforming and some not (camelCase query, missing envelope). */
function routeFile(index, revision) {
  const resource = `${RESOURCES[index % RESOURCES.length]}_${index}`;
  const extra = revision === 'head' && index % 25 === 0 ? "\n  const sortOrder = req.query.sortOrder;\n" : '\n';
  return `import { Router } from 'express';

export const router = Router();

router.get('/${resource}', async (req, res) => {
  const cursor = req.query.cursor;
  const limit = Number(req.query.limit ?? 50);${extra}  res.json({ data: [], next_cursor: cursor ?? null, limit });
});

router.get('/${resource}/:${resource.replace(/s_\d+$/, '')}_id', async (req, res) => {
  res.json({ data: { id: req.params.${resource.replace(/s_\d+$/, '')}_id } });
});

router.post('/${resource}', async (req, res) => {
  res.status(201).json({ data: req.body });
});

router.delete('/${resource}/:${resource.replace(/s_\d+$/, '')}_id', async (req, res) => {
  res.sendStatus(204);
});
${index % 10 === 3 ? `\nrouter.get('/${resource}/export', async (req, res) => {\n  res.json([]);\n});\n` : ''}`;
}

function indexFile(count) {
  const imports = Array.from({ length: count }, (_, index) => `import { router as r${index} } from './routers/v1/route_${index}.js';`);
  const mounts = Array.from({ length: count }, (_, index) => `app.use('/v1', r${index});`);
  return `import express from 'express';\n${imports.join('\n')}\n\nexport const app = express();\n${mounts.join('\n')}\n`;
}

try {
  const schema = JSON.parse(readFileSync(phoenix, 'utf8'));
  git('init', '-q', '-b', 'main');
  write('package.json', JSON.stringify({ name: 'bench', private: true, type: 'module', dependencies: { express: '5.1.0' } }, null, 2));
  write('apigov.config.yaml', 'schemas:\n  - schemas/openapi.json\nroutes:\n  - src/**/*.ts\ndrift:\n  sources: [src/**/routers/**]\n');
  write('schemas/openapi.json', JSON.stringify(schema, null, 2));
  for (let index = 0; index < 100; index += 1) write(`src/routers/v1/route_${index}.ts`, routeFile(index, 'base'));
  write('src/app.ts', indexFile(100));
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'feature');
  const [firstPath] = Object.keys(schema.paths);
  schema.paths['/v1/bench_items'] = { get: { operationId: 'benchItems', parameters: [{ name: 'pageSize', in: 'query', schema: { type: 'integer' } }], responses: { '204': { description: 'none' } } } };
  const firstItem = schema.paths[firstPath];
  const firstOperation = Object.values(firstItem).find((value) => value && typeof value === 'object' && 'responses' in value);
  if (firstOperation) firstOperation.description = 'Changed by the bench.';
  write('schemas/openapi.json', JSON.stringify(schema, null, 2));
  for (let index = 0; index < 100; index += 25) write(`src/routers/v1/route_${index}.ts`, routeFile(index, 'head'));
  git('add', '-A');
  git('commit', '-q', '-m', 'head');

  const startup = measureRepeated(process.execPath, [bin, '--version'], { cwd: repo });
  // CPU time as well as wall time: this machine is shared, and wall time grows with the load.
  const cpu = existsSync('/usr/bin/time')
    ? /__CPU__([\d.]+) ([\d.]+)/.exec(spawnSync('/usr/bin/time', ['-f', '__CPU__%U %S', process.execPath, bin, 'check', '--base', 'main', '--format', 'json'], { cwd: repo, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 }).stderr ?? '')
    : null;
  const run = measureRepeated(process.execPath, [bin, 'check', '--base', 'main', '--format', 'json'], { cwd: repo });
  if (run.status !== 0 && run.status !== 1) {
    console.error(`check bench: apigov check exited ${run.status}\n${run.stderr}`);
    process.exitCode = 1;
  } else {
    const report = JSON.parse(run.stdout);
    console.log(`apigov check, Phoenix schema (${Object.keys(schema.paths).length} paths) + 100 route files, --base main`);
    console.log(`  wall ${run.seconds.toFixed(2)} s (median of 3), peak ${run.peakMb?.toFixed(0) ?? '?'} MB, verdict ${report.passed ? 'passed' : 'failed'}; target < 3 s: ${run.seconds < 3 ? 'met' : 'MISSED'}`);
    if (cpu) console.log(`  CPU ${(Number(cpu[1]) + Number(cpu[2])).toFixed(2)} s (user ${cpu[1]} s, system ${cpu[2]} s); load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
    console.log(`  node start + CLI load (apigov --version): ${startup.seconds.toFixed(2)} s`);
    for (const part of report.parts) {
      const counts = part.findings.reduce((all, finding) => ({ ...all, [finding.status]: (all[finding.status] ?? 0) + 1 }), {});
      const detail = part.state === 'ran' ? JSON.stringify(counts) : `${part.state}: ${part.reason}`;
      console.log(`  ${part.part.padEnd(12)} ${(part.durationMs / 1000).toFixed(2).padStart(6)} s  ${detail}`);
    }
  }
} finally {
  rmSync(repo, { recursive: true, force: true });
}
