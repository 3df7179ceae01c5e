import { STATUS_CODES } from 'node:http';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { callChain, isFunctionNode, memberName, numberLiteral, propertyName, rootIdentifier, unwrap, walk } from './ast.js';
import { DYNAMIC_STATUS, type FileModel, type Framework, type FunctionNode, type HttpMethod, type PathValue, type QueryRead, type ResponseBody, type StatusCode } from './model.js';

export interface HandlerFacts {
  queryReads: QueryRead[];
  bodies: ResponseBody[];
  statuses: StatusCode[];
}

export function emptyFacts(): HandlerFacts {
  return { queryReads: [], bodies: [], statuses: [] };
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The nodes of a handler body the analyses read, collected in one walk and kept per body. */
export interface BodyIndex {
  calls: TSESTree.CallExpression[];
  members: TSESTree.MemberExpression[];
  declarators: TSESTree.VariableDeclarator[];
  assignments: TSESTree.AssignmentExpression[];
  news: TSESTree.NewExpression[];
}

const bodyIndexes = new WeakMap<TSESTree.Node, BodyIndex>();
const fileIndexes = new WeakMap<TSESTree.Program, BodyIndex>();

/**
 * Registers the nodes of a whole file, sorted by position, so the index of a
 * handler body is a slice of it rather than another walk.
 */
export function registerFileIndex(program: TSESTree.Program, index: BodyIndex): void {
  fileIndexes.set(program, index);
}

function programOf(node: TSESTree.Node): TSESTree.Program | undefined {
  let current: TSESTree.Node | null | undefined = node;
  while (current != null && current.type !== AST_NODE_TYPES.Program) current = current.parent;
  return current ?? undefined;
}

/** The nodes of a position-sorted list that lie inside `root`. */
function within<T extends TSESTree.Node>(nodes: readonly T[], root: TSESTree.Node): T[] {
  const [start, end] = root.range;
  let low = 0;
  let high = nodes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((nodes[middle] as T).range[0] < start) low = middle + 1;
    else high = middle;
  }
  const inside: T[] = [];
  for (let index = low; index < nodes.length; index += 1) {
    const node = nodes[index] as T;
    if (node.range[0] >= end) break;
    if (node.range[1] <= end) inside.push(node);
  }
  return inside;
}

export function bodyIndex(root: TSESTree.Node): BodyIndex {
  let index = bodyIndexes.get(root);
  if (index === undefined) {
    const program = programOf(root);
    const file = program === undefined ? undefined : fileIndexes.get(program);
    index = file === undefined
      ? walkIndex(root)
      : { calls: within(file.calls, root), members: within(file.members, root), declarators: within(file.declarators, root), assignments: within(file.assignments, root), news: within(file.news, root) };
    bodyIndexes.set(root, index);
  }
  return index;
}

function walkIndex(root: TSESTree.Node): BodyIndex {
  const collected: BodyIndex = { calls: [], members: [], declarators: [], assignments: [], news: [] };
  walk(root, (node) => {
    switch (node.type) {
      case AST_NODE_TYPES.CallExpression:
        collected.calls.push(node);
        break;
      case AST_NODE_TYPES.MemberExpression:
        collected.members.push(node);
        break;
      case AST_NODE_TYPES.VariableDeclarator:
        collected.declarators.push(node);
        break;
      case AST_NODE_TYPES.AssignmentExpression:
        collected.assignments.push(node);
        break;
      case AST_NODE_TYPES.NewExpression:
        collected.news.push(node);
        break;
      default:
        break;
    }
  });
  return collected;
}

/** `req.query.x`, `req.query['x']` and `const { x } = req.query` under `root`. */
export function queryReadsFromObject(root: TSESTree.Node, isQueryObject: (node: TSESTree.Node) => boolean): QueryRead[] {
  const reads: QueryRead[] = [];
  const index = bodyIndex(root);
  for (const node of index.members) {
    if (isQueryObject(unwrap(node.object))) {
      const name = memberName(node);
      if (name === undefined) continue;
      const property = node.property;
      reads.push({
        name,
        node: property,
        rename: (newName) =>
          node.computed
            ? { node: property, text: JSON.stringify(newName) }
            : IDENTIFIER.test(newName)
              ? { node: property, text: newName }
              : { node: property, text: `[${JSON.stringify(newName)}]` },
      });
    }
  }
  for (const node of index.declarators) {
    if (node.init != null && node.id.type === AST_NODE_TYPES.ObjectPattern && isQueryObject(unwrap(node.init))) {
      for (const property of node.id.properties) {
        if (property.type !== AST_NODE_TYPES.Property) continue;
        const name = propertyName(property.key);
        if (name === undefined) continue;
        reads.push({
          name,
          node: property.key,
          rename: (newName) => {
            const key = IDENTIFIER.test(newName) ? newName : JSON.stringify(newName);
            if (property.shorthand && property.value.type === AST_NODE_TYPES.Identifier) return { node: property.key, text: `${key}: ${property.value.name}` };
            if (property.shorthand && property.value.type === AST_NODE_TYPES.AssignmentPattern && property.value.left.type === AST_NODE_TYPES.Identifier) {
              return { node: property.key, text: `${key}: ${property.value.left.name}` };
            }
            return { node: property.key, text: key };
          },
        });
      }
    }
  }
  return reads;
}

/** `c.req.query('x')`, `searchParams.get('x')`: calls whose first argument names the parameter. */
export function queryReadsFromCalls(root: TSESTree.Node, isGetter: (callee: TSESTree.Node) => boolean): QueryRead[] {
  const reads: QueryRead[] = [];
  for (const node of bodyIndex(root).calls) {
    if (!isGetter(node.callee)) continue;
    const argument = node.arguments[0];
    if (argument?.type !== AST_NODE_TYPES.Literal || typeof argument.value !== 'string') continue;
    reads.push({ name: argument.value, node: argument, rename: (newName) => ({ node: argument, text: JSON.stringify(newName) }) });
  }
  return reads;
}

/** The same identifier or member chain (`req`, `ctx.request`) by shape. */
export function isPath(node: TSESTree.Node, path: readonly string[]): boolean {
  let current = unwrap(node);
  for (let index = path.length - 1; index > 0; index -= 1) {
    if (current.type !== AST_NODE_TYPES.MemberExpression || memberName(current) !== path[index]) return false;
    current = unwrap(current.object);
  }
  return path.length > 0 && current.type === AST_NODE_TYPES.Identifier && current.name === path[0];
}

/** Status codes by name: `HttpStatus.CREATED`, `StatusCodes.NO_CONTENT`. */
const STATUS_BY_NAME = new Map<string, number>();
for (const [code, phrase] of Object.entries(STATUS_CODES)) {
  if (phrase !== undefined) STATUS_BY_NAME.set(phrase.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_|_$/g, ''), Number(code));
}
STATUS_BY_NAME.set('PAYLOAD_TOO_LARGE', 413);
STATUS_BY_NAME.set('UNPROCESSABLE_ENTITY', 422);

/** A status written as a number or as `HttpStatus.NAME`. */
export function statusValue(node: TSESTree.Node | undefined): number | undefined {
  const number = numberLiteral(node);
  if (number !== undefined) return number;
  if (node === undefined) return undefined;
  const inner = unwrap(node);
  if (inner.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberName(inner);
    if (name !== undefined) return STATUS_BY_NAME.get(name);
  }
  return undefined;
}

export interface SettingStatement<T> {
  value: T;
  statement: TSESTree.Node;
}

/**
 * The value set by a statement of its own (`res.status(201);`,
 * `ctx.type = 'csv'`) before `node`, in a block that contains `node`.
 */
export function preceding<T>(node: TSESTree.Node, statements: ReadonlyArray<SettingStatement<T>>): T | undefined {
  let best: SettingStatement<T> | undefined;
  for (const candidate of statements) {
    const block = candidate.statement.parent;
    if (block == null || candidate.statement.range[1] > node.range[0]) continue;
    if (!(block.range[0] <= node.range[0] && node.range[1] <= block.range[1])) continue;
    if (best === undefined || candidate.statement.range[0] > best.statement.range[0]) best = candidate;
  }
  return best?.value;
}

const JSON_TYPES = /json/i;
export const UNKNOWN_TYPE = 'application/x-unknown';

/** What a content-type argument says: 'csv' → text/csv, 'json' → application/json. */
export function contentTypeOf(node: TSESTree.Node | undefined): string | undefined {
  if (node === undefined) return undefined;
  const inner = unwrap(node);
  // a type decided at run time may not be JSON: rules then say nothing about the body
  if (inner.type === AST_NODE_TYPES.Identifier || inner.type === AST_NODE_TYPES.MemberExpression || inner.type === AST_NODE_TYPES.CallExpression) return UNKNOWN_TYPE;
  const text = propertyName(inner);
  if (text === undefined) return UNKNOWN_TYPE;
  if (text.includes('/')) return text.toLowerCase();
  if (JSON_TYPES.test(text)) return 'application/json';
  return `text/${text.toLowerCase()}`;
}

export function isJsonType(contentType: string | undefined): boolean {
  return contentType === undefined || JSON_TYPES.test(contentType);
}

/** A body sent by `send`-like calls: literals of text are not JSON. */
export function looksLikeJson(node: TSESTree.Node): boolean {
  const inner = unwrap(node);
  if (inner.type === AST_NODE_TYPES.Literal) return typeof inner.value !== 'string';
  if (inner.type === AST_NODE_TYPES.TemplateLiteral) return false;
  if (inner.type === AST_NODE_TYPES.CallExpression && inner.callee.type === AST_NODE_TYPES.MemberExpression) {
    // JSON.stringify(x) sends x as JSON; Buffer.from / fs streams do not
    const object = unwrap(inner.callee.object);
    if (object.type === AST_NODE_TYPES.Identifier && object.name === 'JSON') return true;
    const name = memberName(inner.callee);
    if (name === 'toString' || name === 'join' || name === 'createReadStream' || name === 'from') return false;
  }
  return true;
}

/** The function a handler argument stands for: inline, wrapped, or a same-file function. */
export function resolveHandler(node: TSESTree.Node | undefined, program: TSESTree.Program): FunctionNode | undefined {
  if (node === undefined) return undefined;
  const inner = unwrap(node);
  if (isFunctionNode(inner)) return inner;
  if (inner.type === AST_NODE_TYPES.CallExpression) {
    const wrapped = inner.arguments.find((argument) => isFunctionNode(argument));
    if (wrapped !== undefined && isFunctionNode(wrapped)) return wrapped;
    const first = inner.arguments[0];
    return first?.type === AST_NODE_TYPES.Identifier ? localFunction(first.name, program) : undefined;
  }
  if (inner.type === AST_NODE_TYPES.Identifier) return localFunction(inner.name, program);
  return undefined;
}

const localFunctionCache = new WeakMap<TSESTree.Program, Map<string, FunctionNode>>();

export function localFunction(name: string, program: TSESTree.Program): FunctionNode | undefined {
  let functions = localFunctionCache.get(program);
  if (functions === undefined) {
    functions = new Map();
    for (const statement of program.body) {
      const declaration =
        statement.type === AST_NODE_TYPES.ExportNamedDeclaration || statement.type === AST_NODE_TYPES.ExportDefaultDeclaration
          ? statement.declaration
          : statement;
      if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id != null) functions.set(declaration.id.name, declaration);
      if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
        for (const declarator of declaration.declarations) {
          if (declarator.id.type === AST_NODE_TYPES.Identifier && declarator.init != null && isFunctionNode(unwrap(declarator.init))) {
            functions.set(declarator.id.name, unwrap(declarator.init) as FunctionNode);
          }
        }
      }
    }
    localFunctionCache.set(program, functions);
  }
  return functions.get(name);
}

/** Return statements of `fn` itself (not of nested functions), or its expression body. */
export function returnedValues(fn: FunctionNode): TSESTree.Node[] {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return [fn.body];
  const values: TSESTree.Node[] = [];
  walk(fn.body, (node) => {
    if (isFunctionNode(node) || node.type === AST_NODE_TYPES.ClassBody) return false;
    if (node.type === AST_NODE_TYPES.ReturnStatement && node.argument != null) values.push(node.argument);
    return undefined;
  });
  return values;
}

/** Calls under `root`, each once, nested functions included (callbacks send responses too). */
export function callsIn(root: TSESTree.Node): TSESTree.CallExpression[] {
  return bodyIndex(root).calls;
}

export type CallChain = Array<{ name: string; call: TSESTree.CallExpression }>;

export interface ResponderCalls {
  statusStatements: Array<SettingStatement<number | undefined>>;
  typeStatements: Array<SettingStatement<string | undefined>>;
  /** Calls that send a body (`res.json(x)`, `reply.send(x)`), with their chains. */
  sends: Array<{ chain: CallChain; call: TSESTree.CallExpression }>;
}

export interface ResponderVocabulary {
  /** Methods that set the status (`status`, `sendStatus`; Fastify's `code`). */
  statusMethods: ReadonlySet<string>;
  /** Of those, the ones that set it for what follows (not `sendStatus`, which answers at once). */
  lastingStatusMethods: ReadonlySet<string>;
  /** The content type a chain step sets, if it sets one. */
  contentTypeOf: (step: CallChain[number]) => string | undefined;
  senders: ReadonlySet<string>;
}

/**
 * Walks the calls on a handler's response object (`res`, `reply`) once and
 * collects what Express- and Fastify-style APIs share: status settings, content
 * type settings and body sends, in source order.
 */
export function scanResponderCalls(
  body: TSESTree.Node,
  responder: string,
  vocabulary: ResponderVocabulary,
  facts: HandlerFacts,
): ResponderCalls {
  const found: ResponderCalls = { statusStatements: [], typeStatements: [], sends: [] };
  for (const call of callsIn(body)) {
    // most calls in a handler are not on the response object: rule them out before building chains
    if (rootIdentifier(call)?.name !== responder) continue;
    const chain = callChain(call);
    const base = chain[0];
    const last = chain[chain.length - 1];
    if (base === undefined || last === undefined) continue;
    const root = unwrap((base.call.callee as TSESTree.MemberExpression).object);
    if (root.type !== AST_NODE_TYPES.Identifier || root.name !== responder) continue;
    const statement = call.parent?.type === AST_NODE_TYPES.ExpressionStatement ? call.parent : undefined;
    if (vocabulary.statusMethods.has(last.name)) {
      const code = statusValue(call.arguments[0]);
      if (code !== undefined) facts.statuses.push({ code, node: call.arguments[0] as TSESTree.Node });
      if (vocabulary.lastingStatusMethods.has(last.name) && statement !== undefined) {
        found.statusStatements.push({ value: code ?? DYNAMIC_STATUS, statement });
      }
    }
    const type = vocabulary.contentTypeOf(last);
    if (type !== undefined && statement !== undefined) found.typeStatements.push({ value: type, statement });
    if (vocabulary.senders.has(last.name) && call.arguments[0] !== undefined) found.sends.push({ chain, call });
  }
  return found;
}

/** A route call as an adapter read it, before its handler is analyzed. */
export interface DeclaredRoute {
  framework: Framework;
  owner: string;
  methods: HttpMethod[];
  path: PathValue;
  pathNode: TSESTree.Node;
  node: TSESTree.CallExpression;
  /** The arguments after the path; the last one is the handler. */
  handlers: TSESTree.Node[];
}

/** Adds a route whose handler is the last of `handlers`, with the facts the framework's analysis finds in it. */
export function addDeclaredRoute(program: TSESTree.Program, model: FileModel, route: DeclaredRoute, analyze: (handler: FunctionNode) => HandlerFacts): void {
  const handler = resolveHandler(route.handlers[route.handlers.length - 1], program);
  model.routes.push({
    ...route,
    prefix: { text: '', known: true },
    prefixComplete: false,
    handler,
    ...(handler === undefined ? emptyFacts() : analyze(handler)),
  });
}
