import { parseConfig } from '../config/load.js';
import type { ApigovConfig } from '../config/types.js';
import { InputError } from '../errors.js';
import { projectFile, repositoryPath } from './files.js';
import { readAtCommit } from './git.js';
import type { CheckContext } from './types.js';

export interface BaseConfig {
  config: ApigovConfig;
  notice?: string;
}

/**
 * The configuration as it was at the base, so that a rule the change turns on
 * (or an exemption it removes) yields new findings there, and `lint.mode`
 * decides whether they apply everywhere or only to the operations touched.
 */
export function configAtBase(context: CheckContext): BaseConfig {
  const { base, configFile } = context;
  if (base === undefined || configFile === undefined) return { config: context.config };
  const file = projectFile(configFile, context.projectRoot, context.cwd);
  const inRepository = repositoryPath(file, base.repository);
  const text = inRepository === undefined ? undefined : readAtCommit(base.repository, base.commit, inRepository);
  if (text === undefined) return { config: context.config };
  try {
    return { config: parseConfig(text, `${base.ref}:${inRepository ?? file.display}`) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { config: context.config, notice: `the configuration at ${base.ref} is invalid (${error.format()}); the base was linted with the current one` };
  }
}
