// Bundles the CLI into dist/cli/ (the `apigov` bin): one module graph instead
// of a hundred-odd files to resolve at every start, which is most of a short
// run's time. Commands that load heavy parts on use stay split into chunks.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'cli');
rmSync(outdir, { recursive: true, force: true });
await build({
  // the route-code lint's worker thread is an entry of its own: `new Worker` loads it by file name
  entryPoints: { apigov: join(root, 'src', 'cli', 'main.ts'), 'route-lint-worker': join(root, 'src', 'check', 'route-lint-worker.ts') },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
  legalComments: 'none',
});
