import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import type { Vocabulary } from '../../src/conventions/vocabulary.js';
import { keyName, memberName, unwrap } from '../routes/ast.js';
import { DYNAMIC_STATUS, type ResponseBody } from '../routes/model.js';

/** The status the body goes out with; undefined when the code decides it at run time. */
export function effectiveStatus(body: ResponseBody): number | undefined {
  if (body.status === DYNAMIC_STATUS) return undefined;
  return body.status ?? body.defaultStatus;
}

export function objectKeys(node: TSESTree.ObjectExpression): { names: Set<string>; hasSpread: boolean } {
  const names = new Set<string>();
  let hasSpread = false;
  for (const property of node.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement) hasSpread = true;
    else {
      const name = keyName(property);
      if (name !== undefined) names.add(name);
    }
  }
  return { names, hasSpread };
}

const ERROR_KEYS = ['error', 'errors'];

/**
 * An error body by its shape: `{ error }` / `{ errors }`, or a `{ message }`
 * sent after a failed check (inside an `if` or a `catch`).
 */
export function looksLikeError(body: ResponseBody, envelopeKey: string): boolean {
  const node = unwrap(body.node);
  if (node.type !== AST_NODE_TYPES.ObjectExpression) return false;
  const { names } = objectKeys(node);
  if (ERROR_KEYS.some((key) => names.has(key))) return true;
  return body.afterCheck && names.has('message') && !names.has(envelopeKey);
}

const LIST_METHODS = new Set(['map', 'filter', 'flatMap', 'slice', 'concat', 'sort', 'toArray', 'findAll', 'findMany']);

/** An expression that is a list: an array literal, `xs.map(…)`, or a name whose head noun is plural (`items`). */
export function isListExpression(node: TSESTree.Node, vocabulary: Vocabulary): boolean {
  const inner = unwrap(node);
  if (inner.type === AST_NODE_TYPES.ArrayExpression) return true;
  if (inner.type === AST_NODE_TYPES.CallExpression && inner.callee.type === AST_NODE_TYPES.MemberExpression) {
    return LIST_METHODS.has(memberName(inner.callee) ?? '');
  }
  const name = inner.type === AST_NODE_TYPES.Identifier ? inner.name : inner.type === AST_NODE_TYPES.MemberExpression ? memberName(inner) : undefined;
  if (name === undefined) return false;
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split('_');
  const head = words[words.length - 1] ?? name;
  return !vocabulary.isUncountable(head) && vocabulary.isPluralNoun(head) && vocabulary.classifySegment(head).kind === 'plural';
}

/** Does the object literal (or one nested literal) have `key`? */
export function hasKeyDeep(node: TSESTree.ObjectExpression, key: string, depth = 2): boolean {
  for (const property of node.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    if (keyName(property) === key) return true;
    const value = unwrap(property.value);
    if (depth > 1 && value.type === AST_NODE_TYPES.ObjectExpression && hasKeyDeep(value, key, depth - 1)) return true;
  }
  return false;
}
