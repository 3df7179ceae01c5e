import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** apigov's version, from its package.json (found upwards from this file, built or not). */
export function toolVersion(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth += 1) {
    try {
      const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === 'apigov' && typeof manifest.version === 'string') return manifest.version;
    } catch {
      // not here; look one folder up
    }
    directory = dirname(directory);
  }
  return '0.0.0';
}
