import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { createRule } from '../util/create-rule.js';
import { isTurnedOff, modelOf, projectOf } from '../util/project.js';

export const RULE_NAME = 'router-registered';

type Options = [{ routersDir?: string; index?: string }];

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;

const matcherCache = new Map<string, picomatch.Matcher>();

function routersDirMatcher(glob: string): picomatch.Matcher {
  let matcher = matcherCache.get(glob);
  if (matcher === undefined) {
    matcher = picomatch(glob.endsWith('/') ? `${glob}**` : `${glob}/**`, { dot: true });
    matcherCache.set(glob, matcher);
  }
  return matcher;
}

const specifierCache = new Map<string, { mtimeMs: number; specifiers: Set<string> }>();

/** The module files an index imports or re-exports, resolved and without extension. */
function importedModules(indexFile: string): Set<string> {
  const mtimeMs = statSync(indexFile).mtimeMs;
  const cached = specifierCache.get(indexFile);
  if (cached !== undefined && cached.mtimeMs === mtimeMs) return cached.specifiers;
  const text = readFileSync(indexFile, 'utf8');
  const specifiers = new Set<string>();
  for (const match of text.matchAll(SPECIFIER)) {
    const specifier = match[1];
    if (specifier === undefined || !specifier.startsWith('.')) continue;
    const target = resolve(dirname(indexFile), specifier);
    const extension = extname(target);
    const stem = EXTENSIONS.includes(extension) ? target.slice(0, -extension.length) : target;
    specifiers.add(stem);
    specifiers.add(join(stem, 'index'));
  }
  specifierCache.set(indexFile, { mtimeMs, specifiers });
  return specifiers;
}

function findIndex(directory: string, index: string): string | undefined {
  for (const extension of EXTENSIONS) {
    const candidate = resolve(directory, `${index}${extension}`);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

export default createRule<Options, 'notRegistered' | 'noIndex'>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: { description: 'Router modules in a routers directory are imported by its index, so new routers are registered.', level: 'error', recommended: true },
    messages: {
      notRegistered: 'Router module `{{file}}` is not imported by `{{index}}`; register it there or its routes are never served.',
      noIndex: 'Router module `{{file}}` is in a routers directory without `{{index}}` to register it.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: { routersDir: { type: 'string', minLength: 1 }, index: { type: 'string', minLength: 1 } },
      },
    ],
  },
  defaultOptions: [{}],
  create(context, [options]) {
    const project = projectOf(context);
    if (isTurnedOff(project, RULE_NAME)) return {};
    const routersDir = options.routersDir ?? project.config.eslint.routers_dir;
    const index = options.index ?? project.config.eslint.routers_index;
    const inRoutersDir = routersDirMatcher(routersDir);
    return {
      Program(program) {
        const filename = context.filename;
        const relativeFile = relative(context.cwd, filename).replaceAll('\\', '/');
        if (relativeFile.startsWith('..') || !inRoutersDir(relativeFile)) return;
        const directory = dirname(filename);
        const stem = filename.slice(0, -extname(filename).length);
        const indexStem = resolve(directory, index);
        if (stem === indexStem) return;
        const model = modelOf(context);
        if (model.routes.length === 0) return;
        const indexFile = findIndex(directory, index);
        const file = basename(filename);
        const loc = { line: 1, column: 0 };
        if (indexFile === undefined) {
          context.report({ node: program, loc, messageId: 'noIndex', data: { file, index } });
          return;
        }
        if (importedModules(indexFile).has(stem)) return;
        context.report({ node: program, loc, messageId: 'notRegistered', data: { file, index: relative(directory, indexFile).replaceAll('\\', '/') } });
      },
    };
  },
});
