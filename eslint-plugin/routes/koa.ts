import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { eachNode, isAfterCheck, memberName, methodCall, paramName, propertyName, staticString, unwrap } from './ast.js';
import type { Adapter, AdapterInput } from './adapter.js';
import { propertyValue } from './fastify.js';
import {
  bodyIndex,
  callsIn,
  contentTypeOf,
  emptyFacts,
  isJsonType,
  isPath,
  looksLikeJson,
  preceding,
  queryReadsFromObject,
  resolveHandler,
  statusValue,
  type HandlerFacts,
  type SettingStatement,
} from './handler.js';
import { DYNAMIC_STATUS, type ChildRef, type FileModel, type FunctionNode, type HttpMethod } from './model.js';
import { requireSource } from './module.js';

const ROUTER_SOURCES = new Set(['@koa/router', 'koa-router']);
const ROUTE_METHODS = new Map<string, HttpMethod>([
  ['get', 'GET'], ['post', 'POST'], ['put', 'PUT'], ['patch', 'PATCH'], ['delete', 'DELETE'],
  ['del', 'DELETE'], ['all', 'ALL'], ['head', 'HEAD'], ['options', 'OPTIONS'],
]);

/** Koa with `@koa/router` (or `koa-router`): routers, their `prefix`, `use()` nesting. */
export const koaAdapter: Adapter = {
  framework: 'koa',
  detects: ({ module }) => module.sources.has('koa') || [...ROUTER_SOURCES].some((source) => module.sources.has(source)),
  collect(input, model) {
    const owners = findOwners(input, model);
    eachNode(input.nodes().calls, (node) => {
      if (node.type !== AST_NODE_TYPES.CallExpression) return;
      const call = methodCall(node);
      if (call === undefined) return;
      const receiver = unwrap(call.receiver);
      if (receiver.type !== AST_NODE_TYPES.Identifier || !owners.has(receiver.name)) return;
      const owner = receiver.name;
      const method = ROUTE_METHODS.get(call.name);
      if (method !== undefined && node.arguments.length >= 2) {
        // router.get('name', '/path', …) names the route first
        const named = isStringExpression(node.arguments[0]) && isStringExpression(node.arguments[1]);
        const pathArgument = node.arguments[named ? 1 : 0] as TSESTree.Node;
        const handlers = node.arguments.slice(named ? 2 : 1);
        const handler = resolveHandler(handlers[handlers.length - 1], input.program);
        model.routes.push({
          framework: 'koa',
          methods: [method],
          path: staticString(pathArgument, input.consts),
          pathNode: unwrap(pathArgument),
          prefix: { text: '', known: true },
          prefixComplete: false,
          owner,
          node,
          handlers,
          handler,
          ...(handler === undefined ? emptyFacts() : analyzeHandler(handler)),
        });
      }
      if (call.name === 'prefix' && node.arguments[0] !== undefined) model.ownerPrefixes.set(owner, { ...staticString(node.arguments[0], input.consts), node: node.arguments[0] });
      if (call.name === 'use') {
        const [first, ...rest] = node.arguments;
        if (first === undefined) return;
        const hasPath = isStringExpression(first);
        const prefix = hasPath ? staticString(first, input.consts) : { text: '', known: true };
        for (const argument of hasPath ? rest : node.arguments) {
          const child = childRef(argument, input, owners);
          if (child !== undefined) model.mounts.push({ owner, prefix, child, node: hasPath ? first : node });
        }
      }
    });
  },
};

/** A string literal, template or same-file const: a path or a route name, never a middleware. */
function isStringExpression(node: TSESTree.Node | undefined): boolean {
  if (node === undefined) return false;
  const inner = unwrap(node);
  return (inner.type === AST_NODE_TYPES.Literal && typeof inner.value === 'string') || inner.type === AST_NODE_TYPES.TemplateLiteral || inner.type === AST_NODE_TYPES.BinaryExpression;
}

/** `new Router({ prefix })`, `Router()`, `require('koa-router')()` and `new Koa()`. */
function findOwners(input: AdapterInput, model: FileModel): Set<string> {
  const owners = new Set<string>();
  const routerNames = new Set<string>();
  const appNames = new Set<string>();
  for (const [local, binding] of input.module.bindings) {
    if (ROUTER_SOURCES.has(binding.source)) routerNames.add(local);
    if (binding.source === 'koa' && binding.imported !== 'Context') appNames.add(local);
  }
  eachNode(input.nodes().declarators, (node) => {
    if (node.type !== AST_NODE_TYPES.VariableDeclarator || node.id.type !== AST_NODE_TYPES.Identifier || node.init == null) return;
    const init = unwrap(node.init);
    if (init.type !== AST_NODE_TYPES.NewExpression && init.type !== AST_NODE_TYPES.CallExpression) return;
    const callee = unwrap(init.callee);
    const source = requireSource(callee);
    const isRouter = (callee.type === AST_NODE_TYPES.Identifier && routerNames.has(callee.name)) || (source !== undefined && ROUTER_SOURCES.has(source));
    const isApp = (callee.type === AST_NODE_TYPES.Identifier && appNames.has(callee.name)) || source === 'koa';
    if (isApp) {
      owners.add(node.id.name);
      model.roots.add(node.id.name);
    }
    if (isRouter) {
      owners.add(node.id.name);
      const options = init.arguments[0] === undefined ? undefined : unwrap(init.arguments[0]);
      const prefix = options?.type === AST_NODE_TYPES.ObjectExpression ? propertyValue(options, 'prefix') : undefined;
      if (prefix !== undefined) model.ownerPrefixes.set(node.id.name, { ...staticString(prefix, input.consts), node: prefix });
    }
  });
  return owners;
}

/** `sub.routes()`, `sub.middleware()`, an imported router or its routes. */
function childRef(node: TSESTree.Node, input: AdapterInput, owners: Set<string>): ChildRef | undefined {
  let inner = unwrap(node);
  if (inner.type === AST_NODE_TYPES.CallExpression && inner.callee.type === AST_NODE_TYPES.MemberExpression && ['routes', 'middleware'].includes(memberName(inner.callee) ?? '')) {
    inner = unwrap(inner.callee.object);
  }
  const source = requireSource(inner);
  if (source !== undefined) return { kind: 'import', source, imported: 'default' };
  if (inner.type !== AST_NODE_TYPES.Identifier) return undefined;
  if (owners.has(inner.name)) return { kind: 'local', name: inner.name };
  const binding = input.module.bindings.get(inner.name);
  if (binding?.source.startsWith('.') === true) return { kind: 'import', source: binding.source, imported: binding.imported };
  return undefined;
}

/** What a Koa handler reads from `ctx.query` and assigns to `ctx.body` / `ctx.status`. */
export function analyzeHandler(fn: FunctionNode): HandlerFacts {
  const facts = emptyFacts();
  const context = paramName(fn, 0) ?? 'ctx';
  facts.queryReads = queryReadsFromObject(fn.body, (node) => isPath(node, [context, 'query']) || isPath(node, [context, 'request', 'query']));
  const statusStatements: Array<SettingStatement<number | undefined>> = [];
  const typeStatements: Array<SettingStatement<string | undefined>> = [];
  const bodies: TSESTree.AssignmentExpression[] = [];
  for (const node of bodyIndex(fn.body).assignments) {
    if (node.operator !== '=') continue;
    const statement = node.parent?.type === AST_NODE_TYPES.ExpressionStatement ? node.parent : node;
    if (isPath(node.left, [context, 'status']) || isPath(node.left, [context, 'response', 'status'])) {
      const code = statusValue(node.right);
      if (code !== undefined) facts.statuses.push({ code, node: node.right });
      statusStatements.push({ value: code ?? DYNAMIC_STATUS, statement });
    }
    if (isPath(node.left, [context, 'type']) || isPath(node.left, [context, 'response', 'type'])) typeStatements.push({ value: contentTypeOf(node.right), statement });
    if (isPath(node.left, [context, 'body']) || isPath(node.left, [context, 'response', 'body'])) bodies.push(node);
  }
  for (const call of callsIn(fn.body)) {
    const step = methodCall(call);
    if (step === undefined || !isPath(step.receiver, [context])) continue;
    if (step.name === 'throw' || step.name === 'assert') {
      const code = statusValue(call.arguments[step.name === 'throw' ? 0 : 1]);
      if (code !== undefined) facts.statuses.push({ code, node: call.arguments[step.name === 'throw' ? 0 : 1] as TSESTree.Node });
    }
    if (step.name === 'set' && /^content-type$/i.test(propertyName(call.arguments[0]) ?? '') && call.parent !== undefined) {
      typeStatements.push({ value: contentTypeOf(call.arguments[1]), statement: call.parent });
    }
  }
  for (const assignment of bodies) {
    const contentType = preceding(assignment, typeStatements);
    facts.bodies.push({
      node: assignment.right,
      status: preceding(assignment, statusStatements),
      defaultStatus: 200,
      json: looksLikeJson(assignment.right) && isJsonType(contentType),
      contentType,
      afterCheck: isAfterCheck(assignment, fn),
    });
  }
  return facts;
}
