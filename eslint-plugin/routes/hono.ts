import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { eachNode, isAfterCheck, memberName, methodCall, paramName, propertyName, staticString, unwrap } from './ast.js';
import type { Adapter, AdapterInput } from './adapter.js';
import { propertyValue } from './fastify.js';
import {
  addDeclaredRoute,
  bodyIndex,
  callsIn,
  emptyFacts,
  isPath,
  preceding,
  queryReadsFromCalls,
  queryReadsFromObject,
  statusValue,
  type HandlerFacts,
  type SettingStatement,
} from './handler.js';
import { DYNAMIC_STATUS, HTTP_METHODS, type ChildRef, type FileModel, type FunctionNode, type HttpMethod, type PathValue } from './model.js';
import { ownerIdOf } from './module.js';

const SHORTHANDS = new Map<string, HttpMethod>([
  ['get', 'GET'], ['post', 'POST'], ['put', 'PUT'], ['patch', 'PATCH'], ['delete', 'DELETE'],
  ['options', 'OPTIONS'], ['all', 'ALL'],
]);
const APP_CLASSES = new Set(['Hono', 'OpenAPIHono']);
/** Hono's regex parameters (`:id{[0-9]+}`) constrain the value, not the name. */
const REGEX_PARAM = /(:[A-Za-z0-9_$]+)\{[^/]*\}/g;

function isHonoSource(source: string): boolean {
  return source === 'hono' || source.startsWith('hono/') || source.startsWith('@hono/');
}

/** Hono and `@hono/zod-openapi`: apps, chains, `basePath`, `route()` mounts and `createRoute`. */
export const honoAdapter: Adapter = {
  framework: 'hono',
  detects: ({ module }) => [...module.sources].some(isHonoSource),
  collect(input, model) {
    const owners = findApps(input, model);
    const openApiRoutes = new Map<string, { methods: HttpMethod[]; path: PathValue; pathNode: TSESTree.Node; node: TSESTree.CallExpression }>();
    eachNode(input.nodes().calls, (node) => {
      if (node.type !== AST_NODE_TYPES.CallExpression) return;
      if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'createRoute') {
        const options = node.arguments[0] === undefined ? undefined : unwrap(node.arguments[0]);
        if (options?.type !== AST_NODE_TYPES.ObjectExpression) return;
        const path = propertyValue(options, 'path');
        const method = propertyName(propertyValue(options, 'method'))?.toUpperCase();
        if (path === undefined || method === undefined || !(HTTP_METHODS as readonly string[]).includes(method)) return;
        openApiRoutes.set(ownerIdOf(node), { methods: [method as HttpMethod], path: staticString(path, input.consts), pathNode: unwrap(path), node });
      }
    });
    const registered = new Set<string>();
    eachNode(input.nodes().calls, (node) => {
      if (node.type !== AST_NODE_TYPES.CallExpression) return;
      const call = methodCall(node);
      if (call === undefined) return;
      const owner = ownerOf(call.receiver, owners);
      if (owner === undefined) return;
      const method = SHORTHANDS.get(call.name);
      if (method !== undefined && node.arguments.length >= 2) {
        const path = node.arguments[0] as TSESTree.Node;
        addDeclaredRoute(input.program, model, { framework: 'hono', owner, methods: [method], path: pathValue(path, input), pathNode: unwrap(path), node, handlers: node.arguments.slice(1) }, analyzeHandler);
      }
      if (call.name === 'on' && node.arguments.length >= 3) {
        const methods = methodsOf(node.arguments[0]);
        for (const path of pathsOf(node.arguments[1] as TSESTree.Node)) addDeclaredRoute(input.program, model, { framework: 'hono', owner, methods, path: pathValue(path, input), pathNode: unwrap(path), node, handlers: node.arguments.slice(2) }, analyzeHandler);
      }
      if (call.name === 'route' && node.arguments.length >= 2) {
        const child = childRef(node.arguments[1] as TSESTree.Node, input, owners);
        if (child !== undefined) model.mounts.push({ owner, prefix: staticString(node.arguments[0] as TSESTree.Node, input.consts), child, node: node.arguments[0] as TSESTree.Node });
      }
      if (call.name === 'openapi' && node.arguments.length >= 2) {
        const routeArgument = unwrap(node.arguments[0] as TSESTree.Node);
        if (routeArgument.type !== AST_NODE_TYPES.Identifier) return;
        const local = openApiRoutes.get(routeArgument.name);
        if (local !== undefined) {
          registered.add(routeArgument.name);
          addDeclaredRoute(input.program, model, { framework: 'hono', owner, methods: local.methods, path: local.path, pathNode: local.pathNode, node: local.node, handlers: node.arguments.slice(1) }, analyzeHandler);
        } else {
          const child = childRef(routeArgument, input, owners);
          if (child !== undefined) model.mounts.push({ owner, prefix: { text: '', known: true }, child, node });
        }
      }
    });
    // a route defined here and registered elsewhere is still a route of this file
    for (const [id, route] of openApiRoutes) {
      if (!registered.has(id)) addDeclaredRoute(input.program, model, { framework: 'hono', owner: id, methods: route.methods, path: route.path, pathNode: route.pathNode, node: route.node, handlers: [] }, analyzeHandler);
    }
  },
};

function pathValue(node: TSESTree.Node, input: AdapterInput): PathValue {
  const value = staticString(node, input.consts);
  return { ...value, text: value.text.replace(REGEX_PARAM, '$1') };
}

function pathsOf(node: TSESTree.Node): TSESTree.Node[] {
  const inner = unwrap(node);
  if (inner.type === AST_NODE_TYPES.ArrayExpression) return inner.elements.filter((element): element is TSESTree.Expression => element !== null && element.type !== AST_NODE_TYPES.SpreadElement);
  return [inner];
}

function methodsOf(node: TSESTree.Node | undefined): HttpMethod[] {
  if (node === undefined) return [];
  return pathsOf(node)
    .map((element) => propertyName(element)?.toUpperCase())
    .filter((method): method is HttpMethod => method !== undefined && (HTTP_METHODS as readonly string[]).includes(method));
}

/** `new Hono()` instances, with the `basePath` of their chain. */
function findApps(input: AdapterInput, model: FileModel): Set<string> {
  const owners = new Set<string>();
  eachNode(input.nodes().news, (node) => {
    if (node.type !== AST_NODE_TYPES.NewExpression || node.callee.type !== AST_NODE_TYPES.Identifier || !APP_CLASSES.has(node.callee.name)) return;
    const id = ownerIdOf(node);
    owners.add(id);
    let current: TSESTree.Node = node;
    while (current.parent?.type === AST_NODE_TYPES.MemberExpression && current.parent.parent?.type === AST_NODE_TYPES.CallExpression) {
      const call: TSESTree.CallExpression = current.parent.parent;
      if (memberName(current.parent) === 'basePath' && call.arguments[0] !== undefined) model.ownerPrefixes.set(id, { ...staticString(call.arguments[0], input.consts), node: call.arguments[0] });
      current = call;
    }
  });
  const fromFactory = input.module.sources.has('hono/factory');
  eachNode(input.nodes().declarators, (node) => {
    if (node.type !== AST_NODE_TYPES.VariableDeclarator || node.id.type !== AST_NODE_TYPES.Identifier || node.init == null) return;
    const init = unwrap(node.init);
    if (init.type !== AST_NODE_TYPES.CallExpression || init.callee.type !== AST_NODE_TYPES.MemberExpression) return;
    const method = memberName(init.callee);
    // `factory.createApp()` from hono/factory builds an app like `new Hono()`
    if (fromFactory && method === 'createApp') owners.add(node.id.name);
    // `const api = app.basePath('/api')` is a new app that serves under the base path
    const base = unwrap(init.callee.object);
    if (method === 'basePath' && base.type === AST_NODE_TYPES.Identifier && owners.has(base.name) && init.arguments[0] !== undefined) {
      owners.add(node.id.name);
      model.mounts.push({ owner: base.name, prefix: staticString(init.arguments[0], input.consts), child: { kind: 'local', name: node.id.name }, node: init.arguments[0] });
    }
  });
  const rootMarkers = (node: TSESTree.Node): void => {
    // the app that serves requests is the root: serve(app), app.fetch, export default app
    if (node.type === AST_NODE_TYPES.MemberExpression && memberName(node) === 'fetch' && node.object.type === AST_NODE_TYPES.Identifier && owners.has(node.object.name)) model.roots.add(node.object.name);
    if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'serve') {
      const argument = node.arguments[0] === undefined ? undefined : unwrap(node.arguments[0]);
      if (argument?.type === AST_NODE_TYPES.Identifier && owners.has(argument.name)) model.roots.add(argument.name);
    }
  };
  eachNode(input.nodes().members, rootMarkers);
  eachNode(input.nodes().calls, rootMarkers);
  return owners;
}

/** The app a call is made on, directly or through a chain (`new Hono().get(…).post(…)`). */
function ownerOf(receiver: TSESTree.Node, owners: Set<string>): string | undefined {
  const inner = unwrap(receiver);
  if (inner.type === AST_NODE_TYPES.Identifier) return owners.has(inner.name) ? inner.name : undefined;
  if (inner.type === AST_NODE_TYPES.NewExpression) {
    const id = ownerIdOf(inner);
    return owners.has(id) ? id : undefined;
  }
  if (inner.type === AST_NODE_TYPES.CallExpression && inner.callee.type === AST_NODE_TYPES.MemberExpression) return ownerOf(inner.callee.object, owners);
  return undefined;
}

function childRef(node: TSESTree.Node, input: AdapterInput, owners: Set<string>): ChildRef | undefined {
  const inner = unwrap(node);
  if (inner.type !== AST_NODE_TYPES.Identifier) return undefined;
  if (owners.has(inner.name)) return { kind: 'local', name: inner.name };
  const binding = input.module.bindings.get(inner.name);
  if (binding?.source.startsWith('.') === true) return { kind: 'import', source: binding.source, imported: binding.imported };
  return undefined;
}

/** What a Hono handler reads with `c.req.query()` and answers with `c.json()`. */
export function analyzeHandler(fn: FunctionNode): HandlerFacts {
  const facts = emptyFacts();
  const context = paramName(fn, 0) ?? 'c';
  facts.queryReads = [
    ...queryReadsFromCalls(fn.body, (callee) => isPath(callee, [context, 'req', 'query']) || isPath(callee, [context, 'req', 'queries'])),
    ...queryReadsFromObject(fn.body, (node) => node.type === AST_NODE_TYPES.CallExpression && node.arguments.length === 0 && isPath(node.callee, [context, 'req', 'query'])),
  ];
  const statusStatements: Array<SettingStatement<number | undefined>> = [];
  for (const call of callsIn(fn.body)) {
    const step = methodCall(call);
    if (step !== undefined && isPath(step.receiver, [context])) {
      if (step.name === 'status') {
        const code = statusValue(call.arguments[0]);
        if (code !== undefined) facts.statuses.push({ code, node: call.arguments[0] as TSESTree.Node });
        if (call.parent?.type === AST_NODE_TYPES.ExpressionStatement) statusStatements.push({ value: code ?? DYNAMIC_STATUS, statement: call.parent });
      }
    }
  }
  for (const call of callsIn(fn.body)) {
    const step = methodCall(call);
    if (step === undefined || !isPath(step.receiver, [context]) || call.arguments[0] === undefined) continue;
    if (step.name !== 'json' && step.name !== 'text' && step.name !== 'html' && step.name !== 'body') continue;
    const explicit = statusValue(call.arguments[1]);
    if (explicit !== undefined) facts.statuses.push({ code: explicit, node: call.arguments[1] as TSESTree.Node });
    facts.bodies.push({
      node: call.arguments[0],
      status: explicit ?? (call.arguments[1] === undefined ? preceding(call, statusStatements) : DYNAMIC_STATUS),
      defaultStatus: 200,
      json: step.name === 'json',
      contentType: step.name === 'json' ? 'application/json' : step.name === 'html' ? 'text/html' : 'text/plain',
      afterCheck: isAfterCheck(call, fn),
    });
  }
  for (const node of bodyIndex(fn.body).news) {
    if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'HTTPException') {
      const code = statusValue(node.arguments[0]);
      if (code !== undefined) facts.statuses.push({ code, node: node.arguments[0] as TSESTree.Node });
    }
  }
  return facts;
}
