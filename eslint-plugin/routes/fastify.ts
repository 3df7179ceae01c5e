import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { callChain, eachNode, enclosingFunction, isAfterCheck, isFunctionNode, keyName, methodCall, paramName, propertyName, staticString, unwrap } from './ast.js';
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
  returnedValues,
  statusValue,
  scanResponderCalls,
  type HandlerFacts,
  type ResponderVocabulary,
} from './handler.js';
import { DYNAMIC_STATUS, HTTP_METHODS, type ChildRef, type FileModel, type FunctionNode, type HttpMethod, type PathValue } from './model.js';
import { ownerIdOf, requireSource } from './module.js';

const SHORTHANDS = new Map<string, HttpMethod>([
  ['get', 'GET'], ['post', 'POST'], ['put', 'PUT'], ['patch', 'PATCH'], ['delete', 'DELETE'],
  ['head', 'HEAD'], ['options', 'OPTIONS'], ['all', 'ALL'],
]);
const PLUGIN_WRAPPERS = new Set(['fp', 'fastifyPlugin']);

function isFastifySource(source: string): boolean {
  return source === 'fastify' || source === 'fastify-plugin' || source.startsWith('@fastify/');
}

/**
 * A plugin signature without imports: a top-level or exported function whose
 * first parameter is `fastify` (`module.exports = async function (fastify, opts) {…}`).
 */
function hasPluginSignature(program: TSESTree.Program): boolean {
  for (const statement of program.body) {
    let candidate: TSESTree.Node | null | undefined = statement;
    if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration || statement.type === AST_NODE_TYPES.ExportNamedDeclaration) candidate = statement.declaration;
    if (candidate?.type === AST_NODE_TYPES.ExpressionStatement && candidate.expression.type === AST_NODE_TYPES.AssignmentExpression) candidate = candidate.expression.right;
    if (candidate?.type === AST_NODE_TYPES.VariableDeclaration) candidate = candidate.declarations[0]?.init;
    if (candidate != null && isFunctionNode(unwrap(candidate)) && paramName(unwrap(candidate) as FunctionNode, 0) === 'fastify') return true;
  }
  return false;
}

/** Fastify: shorthand routes, `route({ method, url })`, plugins and `register(…, { prefix })`. */
export const fastifyAdapter: Adapter = {
  framework: 'fastify',
  detects: ({ module, program }) => [...module.sources].some(isFastifySource) || hasPluginSignature(program),
  collect(input, model) {
    const apps = findApps(input, model);
    eachNode(input.nodes().calls, (node) => {
      if (node.type !== AST_NODE_TYPES.CallExpression) return;
      const call = methodCall(node);
      if (call === undefined) return;
      const owner = ownerOf(call.receiver, apps);
      if (owner === undefined) return;
      const method = SHORTHANDS.get(call.name);
      if (method !== undefined && node.arguments.length >= 2) {
        const path = node.arguments[0] as TSESTree.Node;
        const handlerArgument = node.arguments[node.arguments.length - 1];
        // `get(path, { schema, handler })` puts the handler in the options
        const options = node.arguments.length >= 3 ? unwrap(node.arguments[1] as TSESTree.Node) : handlerArgument === undefined ? undefined : unwrap(handlerArgument);
        const optionHandler = options?.type === AST_NODE_TYPES.ObjectExpression ? propertyValue(options, 'handler') : undefined;
        const handler = isFunctionNode(handlerArgument === undefined ? undefined : unwrap(handlerArgument)) ? handlerArgument : optionHandler ?? handlerArgument;
        addDeclaredRoute(input.program, model, { framework: 'fastify', owner, methods: [method], path: staticString(path, input.consts), pathNode: unwrap(path), node, handlers: handler === undefined ? [] : [handler] }, analyzeHandler);
      }
      if (call.name === 'route') {
        const options = node.arguments[0] === undefined ? undefined : unwrap(node.arguments[0]);
        if (options?.type !== AST_NODE_TYPES.ObjectExpression) return;
        const url = propertyValue(options, 'url') ?? propertyValue(options, 'path');
        const methods = methodsOf(propertyValue(options, 'method'));
        const handler = propertyValue(options, 'handler');
        if (url === undefined || methods.length === 0) return;
        addDeclaredRoute(input.program, model, { framework: 'fastify', owner, methods, path: staticString(url, input.consts), pathNode: unwrap(url), node, handlers: handler === undefined ? [] : [handler] }, analyzeHandler);
      }
      if (call.name === 'register') collectRegister(input, model, owner, node);
    });
  },
};

export function propertyValue(object: TSESTree.ObjectExpression, name: string): TSESTree.Node | undefined {
  for (const property of object.properties) {
    if (property.type === AST_NODE_TYPES.Property && keyName(property) === name) return property.value;
  }
  return undefined;
}

function methodsOf(node: TSESTree.Node | undefined): HttpMethod[] {
  if (node === undefined) return [];
  const inner = unwrap(node);
  const values = inner.type === AST_NODE_TYPES.ArrayExpression ? inner.elements : [inner];
  const methods: HttpMethod[] = [];
  for (const value of values) {
    const text = value === null ? undefined : propertyName(value)?.toUpperCase();
    if (text !== undefined && (HTTP_METHODS as readonly string[]).includes(text)) methods.push(text as HttpMethod);
  }
  return methods;
}

/** `const app = Fastify()`: the application root. */
function findApps(input: AdapterInput, model: FileModel): Set<string> {
  const apps = new Set<string>();
  const factories = new Set<string>();
  for (const [local, binding] of input.module.bindings) if (binding.source === 'fastify' && binding.imported !== '*') factories.add(local);
  eachNode(input.nodes().declarators, (node) => {
    if (node.type !== AST_NODE_TYPES.VariableDeclarator || node.id.type !== AST_NODE_TYPES.Identifier || node.init == null) return;
    const init = rootCall(unwrap(node.init));
    if (init === undefined) return;
    const callee = unwrap(init.callee);
    if ((callee.type === AST_NODE_TYPES.Identifier && factories.has(callee.name)) || requireSource(callee) === 'fastify') {
      apps.add(node.id.name);
      model.roots.add(node.id.name);
    }
  });
  return apps;
}

function rootCall(node: TSESTree.Node): TSESTree.CallExpression | undefined {
  if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const chain = callChain(node);
  const first = chain[0];
  if (first === undefined) return node;
  const object = unwrap((first.call.callee as TSESTree.MemberExpression).object);
  return object.type === AST_NODE_TYPES.CallExpression ? object : undefined;
}

/** The plugin function whose first parameter is the receiver, or a known app. */
function ownerOf(receiver: TSESTree.Node, apps: Set<string>): string | undefined {
  const inner = unwrap(receiver);
  if (inner.type !== AST_NODE_TYPES.Identifier) return undefined;
  if (apps.has(inner.name)) return inner.name;
  let fn = enclosingFunction(inner);
  while (fn !== undefined) {
    if (paramName(fn, 0) === inner.name) return pluginOwnerId(fn);
    fn = enclosingFunction(fn);
  }
  return undefined;
}

export function pluginOwnerId(fn: FunctionNode): string {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id != null) return fn.id.name;
  let expression: TSESTree.Node = fn;
  // fp(async function (fastify) {…}) is the plugin the wrapper returns
  if (fn.parent?.type === AST_NODE_TYPES.CallExpression && fn.parent.callee.type === AST_NODE_TYPES.Identifier && PLUGIN_WRAPPERS.has(fn.parent.callee.name)) expression = fn.parent;
  if (fn.type === AST_NODE_TYPES.FunctionExpression && fn.id != null && expression === fn && fn.parent?.type !== AST_NODE_TYPES.VariableDeclarator) return fn.id.name;
  return ownerIdOf(expression);
}

function collectRegister(input: AdapterInput, model: FileModel, owner: string, call: TSESTree.CallExpression): void {
  const [plugin, options] = call.arguments;
  if (plugin === undefined) return;
  let prefix: PathValue = { text: '', known: true };
  let prefixNode: TSESTree.Node = call;
  const optionsObject = options === undefined ? undefined : unwrap(options);
  if (optionsObject?.type === AST_NODE_TYPES.ObjectExpression) {
    const value = propertyValue(optionsObject, 'prefix');
    if (value !== undefined) {
      prefix = staticString(value, input.consts);
      prefixNode = value;
    }
  }
  let target = unwrap(plugin);
  // fastify-plugin breaks encapsulation: the plugin's routes ignore the prefix
  if (target.type === AST_NODE_TYPES.CallExpression && target.callee.type === AST_NODE_TYPES.Identifier && PLUGIN_WRAPPERS.has(target.callee.name) && target.arguments[0] !== undefined) {
    target = unwrap(target.arguments[0]);
    prefix = { text: '', known: true };
  }
  const child = childRef(target, input);
  if (child !== undefined) model.mounts.push({ owner, prefix, child, node: prefixNode });
}

function childRef(node: TSESTree.Node, input: AdapterInput): ChildRef | undefined {
  const source = requireSource(node);
  if (source !== undefined) return { kind: 'import', source, imported: 'default' };
  if (isFunctionNode(node)) return { kind: 'local', name: pluginOwnerId(node) };
  if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
  const binding = input.module.bindings.get(node.name);
  if (binding !== undefined) return binding.source.startsWith('.') ? { kind: 'import', source: binding.source, imported: binding.imported } : undefined;
  return { kind: 'local', name: node.name };
}

const REPLY_SENDERS = new Set(['send']);

const FASTIFY_RESPONDER: ResponderVocabulary = {
  statusMethods: new Set(['code', 'status']),
  lastingStatusMethods: new Set(['code', 'status']),
  contentTypeOf: (step) => typeOfStep(step),
  senders: REPLY_SENDERS,
};

/** What a Fastify handler reads from `request.query`, returns or sends with `reply`. */
export function analyzeHandler(fn: FunctionNode): HandlerFacts {
  const facts = emptyFacts();
  const request = paramName(fn, 0) ?? 'request';
  const reply = paramName(fn, 1) ?? 'reply';
  facts.queryReads = queryReadsFromObject(fn.body, (node) => isPath(node, [request, 'query']));
  const { statusStatements, typeStatements, sends } = scanResponderCalls(fn.body, reply, FASTIFY_RESPONDER, facts);
  const addBody = (body: TSESTree.Node, at: TSESTree.Node, chain: ReturnType<typeof callChain>): void => {
    const statusStep = chain.find((step) => step.name === 'code' || step.name === 'status');
    let contentType = preceding(at, typeStatements);
    for (const step of chain) contentType = typeOfStep(step) ?? contentType;
    facts.bodies.push({
      node: body,
      status: statusStep === undefined ? preceding(at, statusStatements) : (statusValue(statusStep.call.arguments[0]) ?? DYNAMIC_STATUS),
      defaultStatus: 200,
      json: looksLikeJson(body) && isJsonType(contentType),
      contentType,
      afterCheck: isAfterCheck(at, fn),
    });
  };
  for (const { chain, call } of sends) addBody(call.arguments[0] as TSESTree.Node, call, chain);
  for (const value of returnedValues(fn)) {
    const inner = unwrap(value);
    // `return reply.send(x)` and `return reply` are sends, not return values
    const rootName = inner.type === AST_NODE_TYPES.Identifier ? inner.name : inner.type === AST_NODE_TYPES.CallExpression ? callRoot(inner) : undefined;
    if (rootName === reply) continue;
    addBody(value, value, []);
  }
  return facts;
}

function callRoot(call: TSESTree.CallExpression): string | undefined {
  const chain = callChain(call);
  const base = chain[0];
  if (base === undefined) return undefined;
  const root = unwrap((base.call.callee as TSESTree.MemberExpression).object);
  return root.type === AST_NODE_TYPES.Identifier ? root.name : undefined;
}

function typeOfStep(step: { name: string; call: TSESTree.CallExpression }): string | undefined {
  if (step.name === 'type') return contentTypeOf(step.call.arguments[0]);
  if (step.name === 'header' && /^content-type$/i.test(propertyName(step.call.arguments[0]) ?? '')) return contentTypeOf(step.call.arguments[1]);
  return undefined;
}
