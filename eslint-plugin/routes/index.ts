import { isAbsolute, relative } from 'node:path';
import type { TSESTree } from '@typescript-eslint/utils';
import { joinPaths } from '../../src/conventions/paths.js';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { collectConstStrings, walk } from './ast.js';
import type { Adapter, AdapterInput, NodeIndex } from './adapter.js';
import { expressAdapter } from './express.js';
import { fastifyAdapter } from './fastify.js';
import { honoAdapter } from './hono.js';
import { koaAdapter } from './koa.js';
import type { FileModel, PathValue, Route } from './model.js';
import { scanModule } from './module.js';
import { registerFileIndex } from './handler.js';
import { nestAdapter } from './nest.js';
import { nextAdapter } from './next.js';

export const ADAPTERS: readonly Adapter[] = [expressAdapter, fastifyAdapter, honoAdapter, nestAdapter, koaAdapter, nextAdapter];

const cache = new WeakMap<TSESTree.Program, FileModel>();

/** The routes of one file; computed once per AST and shared by every rule. */
export function fileModel(program: TSESTree.Program, filename: string, root: string): FileModel {
  const cached = cache.get(program);
  if (cached !== undefined) return cached;
  const model = buildFileModel(program, filename, root);
  cache.set(program, model);
  return model;
}

export function buildFileModel(program: TSESTree.Program, filename: string, root: string): FileModel {
  const module = scanModule(program);
  const model: FileModel = {
    frameworks: [],
    routes: [],
    mounts: [],
    exports: module.exports,
    imports: module.bindings,
    roots: new Set(),
    ownerPrefixes: new Map(),
  };
  const fromRoot = relative(root, filename);
  const projectFilename = (fromRoot.startsWith('..') || isAbsolute(fromRoot) ? filename : fromRoot).replaceAll('\\', '/');
  let nodes: NodeIndex | undefined;
  const input: AdapterInput = {
    program,
    module,
    consts: collectConstStrings(program),
    filename: filename.replaceAll('\\', '/'),
    projectFilename,
    nodes: () => (nodes ??= indexNodes(program)),
  };
  for (const adapter of ADAPTERS) {
    if (!adapter.detects(input)) continue;
    model.frameworks.push(adapter.framework);
    adapter.collect(input, model);
  }
  for (const route of model.routes) {
    const { prefix, complete } = inFilePrefix(model, route.owner, new Set());
    route.prefix = prefix;
    route.prefixComplete = route.prefixComplete || complete;
  }
  return model;
}

function indexNodes(program: TSESTree.Program): NodeIndex {
  const index: NodeIndex = { calls: [], news: [], declarators: [], classes: [], members: [] };
  const assignments: TSESTree.AssignmentExpression[] = [];
  walk(program, (node) => {
    switch (node.type) {
      case AST_NODE_TYPES.CallExpression:
        index.calls.push(node);
        break;
      case AST_NODE_TYPES.NewExpression:
        index.news.push(node);
        break;
      case AST_NODE_TYPES.VariableDeclarator:
        index.declarators.push(node);
        break;
      case AST_NODE_TYPES.ClassDeclaration:
        index.classes.push(node);
        break;
      case AST_NODE_TYPES.MemberExpression:
        index.members.push(node);
        break;
      case AST_NODE_TYPES.AssignmentExpression:
        assignments.push(node);
        break;
      default:
        break;
    }
  });
  // handler analyses take slices of these by position instead of walking each body again
  const byStart = (a: TSESTree.Node, b: TSESTree.Node): number => a.range[0] - b.range[0];
  registerFileIndex(program, {
    calls: (index.calls as TSESTree.CallExpression[]).sort(byStart),
    members: (index.members as TSESTree.MemberExpression[]).sort(byStart),
    declarators: (index.declarators as TSESTree.VariableDeclarator[]).sort(byStart),
    assignments: assignments.sort(byStart),
    news: (index.news as TSESTree.NewExpression[]).sort(byStart),
  });
  return index;
}

export function joinValues(...values: PathValue[]): PathValue {
  return { text: joinPaths(...values.map((value) => value.text)), known: values.every((value) => value.known) };
}

/** The prefix mounts within the file add to an owner's routes, and whether a root was reached. */
function inFilePrefix(model: FileModel, owner: string, seen: Set<string>): { prefix: PathValue; complete: boolean } {
  const own = model.ownerPrefixes.get(owner) ?? { text: '', known: true };
  const mount = model.mounts.find((candidate) => candidate.child.kind === 'local' && candidate.child.name === owner && !candidate.global);
  if (mount === undefined || seen.has(owner)) return { prefix: own, complete: model.roots.has(owner) };
  seen.add(owner);
  const parent = inFilePrefix(model, mount.owner, seen);
  return { prefix: joinValues(parent.prefix, mount.prefix, own), complete: parent.complete };
}

const fullPaths = new WeakMap<Route, PathValue>();

/** The route's path with everything this file knows in front of it. */
export function fullPath(route: Route): PathValue {
  let path = fullPaths.get(route);
  if (path === undefined) {
    const version: PathValue = { text: route.version === undefined ? '' : `v${route.version}`, known: true };
    path = joinValues(version, route.prefix, route.path);
    fullPaths.set(route, path);
  }
  return path;
}

export type { FileModel, Route } from './model.js';
