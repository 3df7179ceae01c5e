// Builds the TypeScript sources (tsc), the generated config validator, the
// self-contained Spectral function bundles and the CLI bundle.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
if (!existsSync(tsc)) {
  console.error('apigov build: TypeScript is not installed; run `npm ci` first.');
  process.exit(1);
}
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.json')], { stdio: 'inherit', cwd: root });
execFileSync(process.execPath, [join(root, 'scripts', 'generate-config-validator.mjs')], { stdio: 'inherit', cwd: root });
// tsc compiles no JavaScript; the generated module goes beside the compiled load.js that imports it
copyFileSync(join(root, 'src', 'config', 'config-validator.generated.js'), join(root, 'dist', 'src', 'config', 'config-validator.generated.js'));
execFileSync(process.execPath, [join(root, 'scripts', 'generate-known-ids.mjs')], { stdio: 'inherit', cwd: root });
execFileSync(process.execPath, [join(root, 'scripts', 'bundle-spectral.mjs')], { stdio: 'inherit', cwd: root });
execFileSync(process.execPath, [join(root, 'scripts', 'bundle-cli.mjs')], { stdio: 'inherit', cwd: root });
