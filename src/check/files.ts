import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, basename } from 'node:path';
import type { DocumentSource } from '../load/spec.js';
import type { GitRepository } from './git.js';

function forwardSlashes(path: string): string {
  return path.split('\\').join('/');
}

/** One file of the project, named each way a part needs it. */
export interface ProjectFile {
  absolute: string;
  /** Relative to the project root: stable across machines, used in fingerprints and the baseline. */
  project: string;
  /** Relative to the current folder: what the user sees in findings. */
  display: string;
}

export function projectFile(path: string, projectRoot: string, cwd: string): ProjectFile {
  const absolute = resolve(projectRoot, path);
  return {
    absolute,
    project: forwardSlashes(relative(projectRoot, absolute)),
    display: relative(cwd, absolute) || absolute,
  };
}

/** Relative to the repository root, for `git show`; undefined outside the repository. */
export function repositoryPath(file: ProjectFile, repository: GitRepository): string | undefined {
  return repositoryPathOf(file.absolute, repository);
}

/** The same, for any absolute path. */
export function repositoryPathOf(absolute: string, repository: GitRepository): string | undefined {
  const inside = forwardSlashes(relative(repository.root, realPath(absolute)));
  return inside.startsWith('../') || inside === '..' || isAbsolute(inside) ? undefined : inside;
}

/** Like `realpathSync`, for a file that may not exist (deleted in the change): its folder is resolved instead. */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realPath(parent), basename(path));
  }
}

/**
 * A schema as it is at the base commit, for the loader: the files it `$ref`s
 * are read at that commit too, never from the working tree.
 */
export function sourceAtBase(file: ProjectFile, base: { ref: string; commit: string; repository: GitRepository }, read: (path: string) => string | undefined): DocumentSource {
  return {
    location: file.absolute,
    read: (absolute) => {
      const path = repositoryPathOf(absolute, base.repository);
      return path === undefined ? undefined : read(path);
    },
    display: (absolute) => `${base.ref}:${repositoryPathOf(absolute, base.repository) ?? absolute}`,
  };
}
