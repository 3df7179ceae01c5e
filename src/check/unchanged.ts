import { projectFile, repositoryPath, type ProjectFile } from './files.js';
import type { CheckContext } from './types.js';

/**
 * True when the file and the configuration are both as they were at the base,
 * so linting the base text would give the head's findings again. Parts use it
 * to skip that work; a rule whose verdict depends on other files (router
 * registration) is the one thing this cannot see.
 */
export function unchangedSinceBase(context: CheckContext, file: ProjectFile, extraInputs: readonly string[] = []): boolean {
  const base = context.base;
  if (base === undefined) return false;
  const changed = new Set(base.changedFiles);
  const inputs = [file, ...[context.configFile, ...extraInputs].flatMap((path) => (path === undefined ? [] : [projectFile(path, context.projectRoot, context.cwd)]))];
  return inputs.every((input) => {
    const inRepository = repositoryPath(input, base.repository);
    return inRepository !== undefined && !changed.has(inRepository);
  });
}
