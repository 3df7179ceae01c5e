import { realpathSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CheckContext } from '../types.js';

/** Files changed since the base, relative to the project root (forward slashes); empty without a base. */
export function changedProjectFiles(context: CheckContext): string[] {
  const base = context.base;
  if (base === undefined) return [];
  return base.changedFiles
    .map((file) => relative(realProjectRoot(context), join(base.repository.root, file)).split('\\').join('/'))
    .filter((file) => !file.startsWith('../'));
}

/** git names files under the real path of the repository; the project root may be reached through a symlink. */
function realProjectRoot(context: CheckContext): string {
  try {
    return realpathSync(context.projectRoot);
  } catch {
    return context.projectRoot;
  }
}
