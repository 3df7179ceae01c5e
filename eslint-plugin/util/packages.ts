import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const majors = new Map<string, number | undefined>();

/**
 * The major version of a dependency as the nearest package.json above
 * `directory` declares it (`^4.18.2` → 4); undefined when none says.
 */
export function declaredMajor(directory: string, dependency: string): number | undefined {
  const key = `${directory}\0${dependency}`;
  if (majors.has(key)) return majors.get(key);
  let result: number | undefined;
  let current = directory;
  for (;;) {
    const file = join(current, 'package.json');
    if (existsSync(file)) {
      try {
        const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, string> | undefined>;
        const range = manifest['dependencies']?.[dependency] ?? manifest['devDependencies']?.[dependency] ?? manifest['peerDependencies']?.[dependency];
        const major = range === undefined ? undefined : /(\d+)/.exec(range)?.[1];
        if (major !== undefined) {
          result = Number(major);
          break;
        }
      } catch {
        // an unreadable manifest says nothing about versions
      }
    }
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  majors.set(key, result);
  return result;
}
