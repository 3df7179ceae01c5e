import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { annotatedTypeName, eachNode, enclosingFunction, isAfterCheck, memberName, methodCall, paramName, propertyName, staticString, unwrap } from './ast.js';
import type { Adapter, AdapterInput } from './adapter.js';
import {
  addDeclaredRoute,
  contentTypeOf,
  emptyFacts,
  isJsonType,
  isPath,
  looksLikeJson,
  preceding,
  queryReadsFromObject,
  statusValue,
  scanResponderCalls,
  type HandlerFacts,
  type ResponderVocabulary,
} from './handler.js';
import { DYNAMIC_STATUS, type ChildRef, type FileModel, type FunctionNode, type HttpMethod, type PathValue } from './model.js';
import { requireSource } from './module.js';

const ROUTE_METHODS = new Map<string, HttpMethod>([
  ['get', 'GET'], ['post', 'POST'], ['put', 'PUT'], ['patch', 'PATCH'], ['delete', 'DELETE'],
  ['all', 'ALL'], ['head', 'HEAD'], ['options', 'OPTIONS'],
]);
const ROUTER_TYPES = new Set(['Router', 'Express', 'Application', 'IRouter']);
const CONVENTIONAL_RECEIVERS = new Set(['app', 'router', 'api', 'server']);

/** Express 4 and 5: `app`/`router` calls, `route()` chains and `use()` mounts. */
export const expressAdapter: Adapter = {
  framework: 'express',
  detects: ({ module }) => module.sources.has('express'),
  collect(input, model) {
    const owners = findOwners(input, model);
    eachNode(input.nodes().calls, (node) => {
      if (node.type !== AST_NODE_TYPES.CallExpression) return;
      const call = methodCall(node);
      if (call === undefined) return;
      if (call.name === 'route') {
        collectRouteChain(input, model, owners, call.receiver, node);
        return;
      }
      const owner = ownerOf(call.receiver, owners);
      if (owner === undefined) return;
      const method = ROUTE_METHODS.get(call.name);
      if (method !== undefined && node.arguments.length >= 2) {
        for (const path of pathsOf(node.arguments[0], input)) {
          addDeclaredRoute(input.program, model, { framework: 'express', owner, methods: [method], path: path.value, pathNode: path.node, node, handlers: node.arguments.slice(1) }, analyzeHandler);
        }
      }
      if (call.name === 'use') collectMount(input, model, owners, owner, node);
    });
  },
};

interface PathArgument {
  value: PathValue;
  node: TSESTree.Node;
}

function pathsOf(node: TSESTree.Node | undefined, input: AdapterInput): PathArgument[] {
  if (node === undefined) return [];
  const inner = unwrap(node);
  if (inner.type === AST_NODE_TYPES.ArrayExpression) {
    return inner.elements.flatMap((element) => (element === null || element.type === AST_NODE_TYPES.SpreadElement ? [] : pathsOf(element, input)));
  }
  // a regular expression route has no template to judge, but it is still a route
  if (inner.type === AST_NODE_TYPES.Literal && 'regex' in inner) return [{ value: { text: '<regex>', known: false }, node: inner }];
  if (inner.type === AST_NODE_TYPES.ObjectExpression || inner.type === AST_NODE_TYPES.ArrowFunctionExpression || inner.type === AST_NODE_TYPES.FunctionExpression) return [];
  return [{ value: staticString(inner, input.consts), node: inner }];
}

/** Local names bound to `express()` (apps) or `Router()` (routers). */
function findOwners(input: AdapterInput, model: FileModel): Set<string> {
  const owners = new Set<string>();
  const expressNames = new Set<string>();
  const routerNames = new Set<string>();
  for (const [local, binding] of input.module.bindings) {
    if (binding.source !== 'express') continue;
    if (binding.imported === 'default' || binding.imported === '*') expressNames.add(local);
    if (binding.imported === 'Router') routerNames.add(local);
  }
  eachNode(input.nodes().declarators, (node) => {
    if (node.type !== AST_NODE_TYPES.VariableDeclarator || node.init == null || node.id.type !== AST_NODE_TYPES.Identifier) return;
    const init = unwrap(node.init);
    const callee = init.type === AST_NODE_TYPES.CallExpression || init.type === AST_NODE_TYPES.NewExpression ? unwrap(init.callee) : undefined;
    if (callee === undefined) return;
    const isApp = (callee.type === AST_NODE_TYPES.Identifier && expressNames.has(callee.name)) || requireSource(callee) === 'express';
    const isRouter =
      (callee.type === AST_NODE_TYPES.Identifier && routerNames.has(callee.name)) ||
      (callee.type === AST_NODE_TYPES.MemberExpression &&
        memberName(callee) === 'Router' &&
        ((callee.object.type === AST_NODE_TYPES.Identifier && expressNames.has(callee.object.name)) || requireSource(callee.object) === 'express'));
    if (isApp) {
      owners.add(node.id.name);
      model.roots.add(node.id.name);
    }
    if (isRouter) owners.add(node.id.name);
  });
  return owners;
}

/** The owner a call's receiver is: a known app or router, or a parameter that is clearly one. */
function ownerOf(receiver: TSESTree.Node, owners: Set<string>): string | undefined {
  const inner = unwrap(receiver);
  if (inner.type !== AST_NODE_TYPES.Identifier) return undefined;
  if (owners.has(inner.name)) return inner.name;
  const fn = enclosingFunction(inner);
  if (fn === undefined) return undefined;
  const index = fn.params.findIndex((param) => param.type === AST_NODE_TYPES.Identifier && param.name === inner.name);
  if (index < 0) return undefined;
  const param = fn.params[index];
  const typed = ROUTER_TYPES.has(annotatedTypeName(param) ?? '');
  if (typed || CONVENTIONAL_RECEIVERS.has(inner.name)) return `${inner.name}@${fn.range[0]}`;
  return undefined;
}

function collectRouteChain(
  input: AdapterInput,
  model: FileModel,
  owners: Set<string>,
  receiver: TSESTree.Node,
  routeCall: TSESTree.CallExpression,
): void {
  const owner = ownerOf(receiver, owners);
  if (owner === undefined) return;
  const paths = pathsOf(routeCall.arguments[0], input);
  let current: TSESTree.Node = routeCall;
  for (;;) {
    const member: TSESTree.Node | undefined = current.parent;
    const call: TSESTree.Node | undefined = member?.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== current || call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) break;
    const method = ROUTE_METHODS.get(memberName(member) ?? '');
    if (method === undefined) break;
    for (const path of paths) {
      addDeclaredRoute(input.program, model, { framework: 'express', owner, methods: [method], path: path.value, pathNode: path.node, node: call, handlers: call.arguments }, analyzeHandler);
    }
    current = call;
  }
}

function collectMount(input: AdapterInput, model: FileModel, owners: Set<string>, owner: string, call: TSESTree.CallExpression): void {
  const [first, ...rest] = call.arguments;
  if (first === undefined) return;
  const hasPath = pathsOf(first, input).length > 0 && unwrap(first).type !== AST_NODE_TYPES.Identifier;
  const prefixes = hasPath ? pathsOf(first, input) : [{ value: { text: '', known: true }, node: call }];
  const children = hasPath ? rest : call.arguments;
  for (const child of children) {
    const ref = childRef(child, input, owners);
    if (ref === undefined) continue;
    for (const prefix of prefixes) model.mounts.push({ owner, prefix: prefix.value, child: ref, node: prefix.node });
  }
}

function childRef(node: TSESTree.Node, input: AdapterInput, owners: Set<string>): ChildRef | undefined {
  const inner = unwrap(node);
  const source = requireSource(inner);
  if (source !== undefined) return { kind: 'import', source, imported: 'default' };
  if (inner.type !== AST_NODE_TYPES.Identifier) return undefined;
  if (owners.has(inner.name)) return { kind: 'local', name: inner.name };
  const binding = input.module.bindings.get(inner.name);
  if (binding !== undefined && binding.source.startsWith('.')) return { kind: 'import', source: binding.source, imported: binding.imported };
  return undefined;
}

const BODY_SENDERS = new Set(['json', 'jsonp', 'send']);
const HEADER_SETTERS = new Set(['set', 'header', 'setHeader']);

/** The content type a call chain step sets: `type('csv')`, `set('Content-Type', …)`, `attachment()`. */
function contentTypeSetBy(step: { name: string; call: TSESTree.CallExpression }): string | undefined {
  if (step.name === 'type') return contentTypeOf(step.call.arguments[0]);
  if (HEADER_SETTERS.has(step.name) && /^content-type$/i.test(propertyName(step.call.arguments[0]) ?? '')) return contentTypeOf(step.call.arguments[1]);
  if (step.name === 'attachment') return 'application/octet-stream';
  return undefined;
}

const EXPRESS_RESPONDER: ResponderVocabulary = {
  statusMethods: new Set(['status', 'sendStatus']),
  lastingStatusMethods: new Set(['status']),
  contentTypeOf: contentTypeSetBy,
  senders: BODY_SENDERS,
};

/** What an Express handler reads from the query and sends back. */
export function analyzeHandler(fn: FunctionNode): HandlerFacts {
  const facts = emptyFacts();
  const request = paramName(fn, 0) ?? 'req';
  const response = paramName(fn, 1) ?? 'res';
  facts.queryReads = queryReadsFromObject(fn.body, (node) => isPath(node, [request, 'query']));
  const { statusStatements, typeStatements, sends } = scanResponderCalls(fn.body, response, EXPRESS_RESPONDER, facts);
  for (const { chain, call } of sends) {
    const last = chain[chain.length - 1];
    const body = call.arguments[0];
    if (last === undefined || body === undefined) continue;
    const statusCall = chain.find((step) => step.name === 'status');
    let contentType = preceding(call, typeStatements);
    for (const step of chain) contentType = contentTypeSetBy(step) ?? contentType;
    const json = (last.name !== 'send' || looksLikeJson(body)) && isJsonType(contentType);
    facts.bodies.push({
      node: body,
      status: statusCall === undefined ? preceding(call, statusStatements) : (statusValue(statusCall.call.arguments[0]) ?? DYNAMIC_STATUS),
      defaultStatus: 200,
      json,
      contentType,
      afterCheck: isAfterCheck(call, fn),
    });
  }
  return facts;
}
