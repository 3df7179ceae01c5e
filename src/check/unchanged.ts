import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
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

const EXTERNAL_REF = /["']?\$ref["']?\s*:\s*["']?(?!#)[^\s"',}]/;

/**
 * The other local files a schema `$ref`s (absolute paths, working tree), so a
 * change to one of them counts as a change to the schema. Undefined when that
 * cannot be told (a broken reference): the schema then counts as changed.
 */
export async function referencedFiles(file: ProjectFile, projectRoot: string, text: string): Promise<string[] | undefined> {
  // most schemas (FastAPI's among them) are one file: no need to load anything to know that
  if (!EXTERNAL_REF.test(text)) return [];
  try {
    const { loadSpec } = await import('../load/spec.js');
    const spec = await loadSpec(file.absolute, { projectRoot, text });
    return [...spec.documents.keys()].filter((key) => key !== resolve(file.absolute) && !/^https?:/i.test(key));
  } catch {
    return undefined;
  }
}

const schemaVerdicts = new WeakMap<CheckContext, Map<string, Promise<boolean>>>();

/**
 * `unchangedSinceBase` for a schema: the files it `$ref`s must be unchanged
 * too. Asked by the schema lint and the diff alike, answered once per check.
 */
export function schemaUnchangedSinceBase(context: CheckContext, file: ProjectFile): Promise<boolean> {
  let verdicts = schemaVerdicts.get(context);
  if (verdicts === undefined) {
    verdicts = new Map();
    schemaVerdicts.set(context, verdicts);
  }
  let verdict = verdicts.get(file.absolute);
  if (verdict === undefined) {
    verdict = decideSchemaUnchanged(context, file);
    verdicts.set(file.absolute, verdict);
  }
  return verdict;
}

async function decideSchemaUnchanged(context: CheckContext, file: ProjectFile): Promise<boolean> {
  if (context.base === undefined || !unchangedSinceBase(context, file)) return false;
  let text: string;
  try {
    text = readFileSync(file.absolute, 'utf8');
  } catch {
    return false;
  }
  const references = await referencedFiles(file, context.projectRoot, text);
  return references !== undefined && unchangedSinceBase(context, file, references);
}
