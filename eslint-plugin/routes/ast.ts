import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import type { FunctionNode, PathValue } from './model.js';

/** Declarations that hold only types: nothing in them is a route or a response. */
const TYPE_ONLY = new Set(['TSInterfaceDeclaration', 'TSTypeAliasDeclaration', 'TSDeclareFunction', 'TSEnumDeclaration', 'ImportDeclaration', 'TSImportEqualsDeclaration']);

const SKIPPED_KEYS = new Set(['parent', 'loc', 'range', 'type', 'tokens', 'comments', 'typeAnnotation', 'returnType', 'typeArguments', 'typeParameters']);

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/**
 * The keys that can hold child nodes, per node type, learned from the first
 * node of each type (parsers give every node of a type the same keys).
 */
const childKeyCache = new Map<string, string[]>();

function childKeys(node: TSESTree.Node): string[] {
  let keys = childKeyCache.get(node.type);
  if (keys === undefined) {
    keys = [];
    const record = node as unknown as Record<string, unknown>;
    for (const key in record) {
      if (SKIPPED_KEYS.has(key)) continue;
      const value = record[key];
      if (value === null || value === undefined || typeof value === 'object') keys.push(key);
    }
    childKeyCache.set(node.type, keys);
  }
  return keys;
}

/**
 * Depth-first walk over every node under `root`. `enter` returns false to
 * skip a node's children. Type annotations are skipped: no rule reads them.
 */
export function walk(root: TSESTree.Node, enter: (node: TSESTree.Node) => boolean | void): void {
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as TSESTree.Node;
    if (enter(node) === false || TYPE_ONLY.has(node.type)) continue;
    const keys = childKeys(node);
    const record = node as unknown as Record<string, unknown>;
    for (let k = keys.length - 1; k >= 0; k -= 1) {
      const value = record[keys[k] as string];
      if (Array.isArray(value)) {
        for (let index = value.length - 1; index >= 0; index -= 1) {
          const item: unknown = value[index];
          if (isNode(item)) stack.push(item);
        }
      } else if (isNode(value)) {
        stack.push(value);
      }
    }
  }
}

/** Calls `visit` on each node of a list (the adapters' view of a node index). */
export function eachNode(nodes: readonly TSESTree.Node[], visit: (node: TSESTree.Node) => void): void {
  for (const node of nodes) visit(node);
}

/** Sets `parent` on every node, for ASTs parsed outside ESLint. */
export function setParents(root: TSESTree.Node): void {
  walk(root, (node) => {
    const record = node as unknown as Record<string, unknown>;
    for (const key of childKeys(node)) {
      const value = record[key];
      const items = Array.isArray(value) ? value : [value];
      for (const item of items) if (isNode(item)) (item as { parent?: TSESTree.Node }).parent = node;
    }
  });
}

export function isFunctionNode(node: TSESTree.Node | null | undefined): node is FunctionNode {
  return (
    node?.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node?.type === AST_NODE_TYPES.FunctionExpression ||
    node?.type === AST_NODE_TYPES.FunctionDeclaration
  );
}

/** The name of a non-computed (or string-computed) member or key. */
export function propertyName(node: TSESTree.Node | null | undefined): string | undefined {
  if (node == null) return undefined;
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') return node.value;
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

export function memberName(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed) return node.property.type === AST_NODE_TYPES.Identifier ? node.property.name : undefined;
  return propertyName(node.property);
}

export function keyName(property: TSESTree.Property | TSESTree.MethodDefinition | TSESTree.PropertyDefinition): string | undefined {
  if (property.computed) return propertyName(property.key);
  return property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : propertyName(property.key);
}

/** Strips `await`, `as`, `!` and `satisfies` wrappers. */
export function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    if (
      current.type === AST_NODE_TYPES.TSAsExpression ||
      current.type === AST_NODE_TYPES.TSNonNullExpression ||
      current.type === AST_NODE_TYPES.TSSatisfiesExpression
    ) {
      current = current.expression;
    } else if (current.type === AST_NODE_TYPES.AwaitExpression) {
      current = current.argument;
    } else {
      return current;
    }
  }
}

/** The identifier at the root of `a.b.c(...).d`, through calls and members. */
export function rootIdentifier(node: TSESTree.Node): TSESTree.Identifier | undefined {
  let current: TSESTree.Node = unwrap(node);
  for (;;) {
    if (current.type === AST_NODE_TYPES.Identifier) return current;
    if (current.type === AST_NODE_TYPES.MemberExpression) current = unwrap(current.object);
    else if (current.type === AST_NODE_TYPES.CallExpression) current = unwrap(current.callee);
    else return undefined;
  }
}

/** A call `receiver.name(...)`, returning the receiver. */
export function methodCall(node: TSESTree.Node, names?: ReadonlySet<string>): { receiver: TSESTree.Node; name: string; call: TSESTree.CallExpression } | undefined {
  if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const callee = node.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const name = memberName(callee);
  if (name === undefined || (names !== undefined && !names.has(name))) return undefined;
  return { receiver: callee.object, name, call: node };
}

/** The calls of a chain, innermost first: `res.status(404).json(x)` → [status, json]. */
export function callChain(node: TSESTree.CallExpression): Array<{ name: string; call: TSESTree.CallExpression }> {
  const chain: Array<{ name: string; call: TSESTree.CallExpression }> = [];
  let current: TSESTree.Node = node;
  for (;;) {
    const step = methodCall(current);
    if (step === undefined) break;
    chain.unshift({ name: step.name, call: step.call });
    current = unwrap(step.receiver);
  }
  return chain;
}

export function numberLiteral(node: TSESTree.Node | undefined): number | undefined {
  if (node === undefined) return undefined;
  const inner = unwrap(node);
  return inner.type === AST_NODE_TYPES.Literal && typeof inner.value === 'number' ? inner.value : undefined;
}

export function stringLiteral(node: TSESTree.Node | undefined, consts?: ConstStrings): string | undefined {
  if (node === undefined) return undefined;
  const value = staticString(node, consts ?? new Map());
  return value.known ? value.text : undefined;
}

/** Top-level `const NAME = 'text'` bindings of a file. */
export type ConstStrings = Map<string, TSESTree.Node>;

export function collectConstStrings(program: TSESTree.Program): ConstStrings {
  const consts: ConstStrings = new Map();
  for (const statement of program.body) {
    const declaration =
      statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    if (declaration?.type !== AST_NODE_TYPES.VariableDeclaration || declaration.kind !== 'const') continue;
    for (const declarator of declaration.declarations) {
      if (declarator.id.type !== AST_NODE_TYPES.Identifier || declarator.init == null) continue;
      const init = unwrap(declarator.init);
      if (
        (init.type === AST_NODE_TYPES.Literal && typeof init.value === 'string') ||
        init.type === AST_NODE_TYPES.TemplateLiteral ||
        init.type === AST_NODE_TYPES.BinaryExpression
      ) {
        consts.set(declarator.id.name, init);
      }
    }
  }
  return consts;
}

/**
 * The text of a path expression. String literals, template literals and
 * `+` concatenations of them and of same-file `const` strings are known;
 * anything else is kept as `<source>` and makes the value unknown.
 */
export function staticString(node: TSESTree.Node, consts: ConstStrings, seen: Set<string> = new Set()): PathValue {
  const inner = unwrap(node);
  switch (inner.type) {
    case AST_NODE_TYPES.Literal:
      if (typeof inner.value === 'string') return { text: inner.value, known: true };
      break;
    case AST_NODE_TYPES.TemplateLiteral: {
      let text = '';
      let known = true;
      inner.quasis.forEach((quasi, index) => {
        text += quasi.value.cooked ?? quasi.value.raw;
        const expression = inner.expressions[index];
        if (expression !== undefined) {
          const part = staticString(expression, consts, seen);
          text += part.text;
          known &&= part.known;
        }
      });
      return { text, known };
    }
    case AST_NODE_TYPES.BinaryExpression:
      if (inner.operator === '+') {
        const left = staticString(inner.left, consts, seen);
        const right = staticString(inner.right, consts, seen);
        return { text: left.text + right.text, known: left.known && right.known };
      }
      break;
    case AST_NODE_TYPES.Identifier: {
      const bound = consts.get(inner.name);
      if (bound !== undefined && !seen.has(inner.name)) {
        return staticString(bound, consts, new Set([...seen, inner.name]));
      }
      break;
    }
    default:
      break;
  }
  return { text: `<${sourceText(inner)}>`, known: false };
}

/** Source text rebuilt from the AST for the few shapes an unknown path part takes. */
export function sourceText(node: TSESTree.Node): string {
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
      return node.name;
    case AST_NODE_TYPES.MemberExpression: {
      const name = memberName(node);
      return `${sourceText(node.object)}.${name ?? '[…]'}`;
    }
    case AST_NODE_TYPES.CallExpression:
      return `${sourceText(node.callee)}()`;
    case AST_NODE_TYPES.ThisExpression:
      return 'this';
    case AST_NODE_TYPES.Literal:
      return String(node.value);
    default:
      return '…';
  }
}

/** Is `node` inside an `if` branch or a `catch` block below `boundary`? */
export function isAfterCheck(node: TSESTree.Node, boundary: TSESTree.Node): boolean {
  let child: TSESTree.Node = node;
  let current: TSESTree.Node | null | undefined = node.parent;
  while (current != null && current !== boundary) {
    if (current.type === AST_NODE_TYPES.IfStatement && child !== current.test) return true;
    if (current.type === AST_NODE_TYPES.ConditionalExpression && child !== current.test) return true;
    if (current.type === AST_NODE_TYPES.CatchClause) return true;
    child = current;
    current = current.parent;
  }
  return false;
}

/** Does `ancestor` contain `node`? */
export function contains(ancestor: TSESTree.Node, node: TSESTree.Node): boolean {
  return ancestor.range[0] <= node.range[0] && node.range[1] <= ancestor.range[1];
}

/** The function `node` belongs to directly (not through a nested function). */
export function enclosingFunction(node: TSESTree.Node): FunctionNode | undefined {
  let current: TSESTree.Node | null | undefined = node.parent;
  while (current != null) {
    if (isFunctionNode(current)) return current;
    current = current.parent;
  }
  return undefined;
}

export function paramName(fn: FunctionNode | undefined, index: number): string | undefined {
  const param = fn?.params[index];
  if (param === undefined) return undefined;
  if (param.type === AST_NODE_TYPES.Identifier) return param.name;
  if (param.type === AST_NODE_TYPES.AssignmentPattern && param.left.type === AST_NODE_TYPES.Identifier) return param.left.name;
  return undefined;
}

/** The name of a type annotation's reference, e.g. `Router` in `app: Router`. */
export function annotatedTypeName(node: TSESTree.Node | undefined): string | undefined {
  if (node?.type !== AST_NODE_TYPES.Identifier) return undefined;
  const annotation = node.typeAnnotation?.typeAnnotation;
  if (annotation?.type !== AST_NODE_TYPES.TSTypeReference) return undefined;
  const name = annotation.typeName;
  if (name.type === AST_NODE_TYPES.Identifier) return name.name;
  if (name.type === AST_NODE_TYPES.TSQualifiedName) return name.right.name;
  return undefined;
}
