/**
 * The route inventory of a code base (`apigov routes`): the ESLint plugin's
 * per-file route model, composed across files through imports and mounts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, resolve, dirname, sep } from 'node:path';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { setParents } from '../../eslint-plugin/routes/ast.js';
import { buildFileModel, joinValues } from '../../eslint-plugin/routes/index.js';
import type { FileModel, Framework, PathValue, Route } from '../../eslint-plugin/routes/model.js';
import { NEST_ROUTER_ROOT } from '../../eslint-plugin/routes/nest.js';
import { toOpenApiPath } from '../conventions/paths.js';

export interface InventoryEntry {
  method: string;
  /** OpenAPI syntax (`{id}`); parts the code decides at run time are kept as `<expression>`. */
  path: string;
  file: string;
  line: number;
  framework: Framework;
}

export interface Inventory {
  routes: InventoryEntry[];
  /** Files that could not be parsed, with the reason. */
  skipped: Array<{ file: string; reason: string }>;
}

export type Parse = (code: string, options: { jsx: boolean }) => TSESTree.Program;

const SOURCE_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs']);
const IGNORED_DIRECTORIES = new Set(['node_modules', 'dist', 'build', 'out', 'coverage', '.git', '.next', '.turbo', '.vercel']);

export function sourceFiles(root: string): string[] {
  const files: string[] = [];
  const visit = (directory: string): void => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!IGNORED_DIRECTORIES.has(entry.name)) visit(join(directory, entry.name));
      } else if (SOURCE_EXTENSIONS.has(extname(entry.name)) && !entry.name.endsWith('.d.ts')) {
        files.push(join(directory, entry.name));
      }
    }
  };
  visit(root);
  return files.sort();
}

interface Node {
  file: string;
  owner: string;
}

interface Edge {
  parent: Node;
  prefix: PathValue;
}

const EMPTY: PathValue = { text: '', known: true };

/** Builds the inventory of every route under `root`; paths are composed across files where imports make them static. */
export function buildInventory(root: string, parse: Parse, cwd: string = process.cwd()): Inventory {
  const models = new Map<string, FileModel>();
  const skipped: Inventory['skipped'] = [];
  const rootDirectory = resolve(root);
  for (const file of sourceFiles(rootDirectory)) {
    const code = readFileSync(file, 'utf8');
    let program: TSESTree.Program;
    try {
      const extension = extname(file);
      program = parse(code, { jsx: extension === '.tsx' || extension === '.jsx' || extension === '.js' });
    } catch (error) {
      skipped.push({ file: relative(cwd, file), reason: error instanceof Error ? error.message.split('\n')[0] ?? 'parse error' : String(error) });
      continue;
    }
    setParents(program);
    const model = buildFileModel(program, file, rootDirectory);
    if (model.frameworks.length > 0) models.set(file, model);
  }

  const parents = new Map<string, Edge[]>();
  const keyOf = (node: Node): string => (node.owner === NEST_ROUTER_ROOT ? NEST_ROUTER_ROOT : `${node.file}\0${node.owner}`);
  let nestGlobalPrefix: PathValue = EMPTY;
  for (const [file, model] of models) {
    for (const mount of model.mounts) {
      if (mount.global === true) {
        nestGlobalPrefix = mount.prefix;
        continue;
      }
      const child = resolveChild(file, mount.child, models);
      if (child === undefined) continue;
      const key = keyOf(child);
      const edges = parents.get(key) ?? [];
      edges.push({ parent: { file, owner: mount.owner }, prefix: mount.prefix });
      parents.set(key, edges);
    }
  }

  /** Every prefix an owner is reachable under, from each root that mounts it. */
  const prefixesOf = (node: Node, seen: Set<string>): PathValue[] => {
    const key = keyOf(node);
    const own = node.owner === NEST_ROUTER_ROOT ? EMPTY : (models.get(node.file)?.ownerPrefixes.get(node.owner) ?? EMPTY);
    const edges = parents.get(key);
    if (edges === undefined || seen.has(key)) return [own];
    const next = new Set([...seen, key]);
    return edges.flatMap((edge) => prefixesOf(edge.parent, next).map((prefix) => joinValues(prefix, edge.prefix, own)));
  };

  const routes: InventoryEntry[] = [];
  const unique = new Set<string>();
  for (const [file, model] of models) {
    for (const route of model.routes) {
      for (const prefix of prefixesOf({ file, owner: route.owner }, new Set())) {
        const path = renderPath(route, prefix, nestGlobalPrefix);
        for (const method of route.methods) {
          const entry: InventoryEntry = { method, path, file: relative(cwd, file).split(sep).join('/'), line: declarationLine(route), framework: route.framework };
          const id = `${entry.method} ${entry.path} ${entry.file}:${entry.line}`;
          if (unique.has(id)) continue;
          unique.add(id);
          routes.push(entry);
        }
      }
    }
  }
  routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method) || a.file.localeCompare(b.file) || a.line - b.line);
  return { routes, skipped };
}

/** The line of the method name for calls (`.get(` in a `route()` chain), else of the declaring node. */
function declarationLine(route: Route): number {
  const node = route.node;
  if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.MemberExpression) return node.callee.property.loc.start.line;
  return node.loc.start.line;
}

function renderPath(route: Route, prefix: PathValue, nestGlobalPrefix: PathValue): string {
  const parts: PathValue[] = [];
  if (route.framework === 'nest') {
    parts.push(nestGlobalPrefix);
    if (route.version !== undefined) parts.push({ text: `v${route.version}`, known: true });
  }
  parts.push(prefix, route.path);
  return toOpenApiPath(joinValues(...parts).text);
}

const RESOLVE_SUFFIXES = ['', '.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '/index.ts', '/index.tsx', '/index.js', '/index.mjs', '/index.cjs'];

/** The file and owner a mount's child refers to, when the import is relative and the export is known. */
function resolveChild(file: string, child: FileModel['mounts'][number]['child'], models: Map<string, FileModel>): Node | undefined {
  if (child.kind === 'local') return { file, owner: child.name };
  if (!child.source.startsWith('.')) return undefined;
  const base = resolve(dirname(file), child.source);
  const stem = /\.(?:[cm]?js|jsx)$/.test(base) ? base.replace(/\.(?:[cm]?js|jsx)$/, '') : base;
  for (const candidate of [base, ...RESOLVE_SUFFIXES.map((suffix) => `${stem}${suffix}`)]) {
    const model = models.get(candidate);
    if (model === undefined) continue;
    const owner = model.exports.get(child.imported) ?? (child.imported === 'default' ? undefined : model.exports.get('default'));
    return owner === undefined ? undefined : { file: candidate, owner };
  }
  return undefined;
}

/** The text table: one route a line, columns aligned. */
export function formatInventoryText(inventory: Inventory): string {
  const rows = inventory.routes.map((route) => [route.method, route.path, route.framework, `${route.file}:${route.line}`]);
  const header = ['METHOD', 'PATH', 'FRAMEWORK', 'DECLARED AT'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]): string => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  ');
  const lines = [line(header), ...rows.map(line)];
  lines.push('', `${inventory.routes.length} route${inventory.routes.length === 1 ? '' : 's'}`);
  return `${lines.join('\n')}\n`;
}
