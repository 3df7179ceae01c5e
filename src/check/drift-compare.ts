import { semanticallyEqual } from './canonical.js';
import { compareOperations, operationDigests } from './operations.js';

export interface DocumentDifference {
  /** Operation keys (`GET /v1/books/{}`) whose definition differs, with how. */
  operations: Array<{ key: string; method: string; path: string; change: 'added' | 'removed' | 'changed' }>;
  /** Top-level sections other than `paths` that differ (`info`, `components`, ...), when no operation explains them. */
  sections: string[];
}

function topLevel(document: unknown): Record<string, unknown> {
  return document !== null && typeof document === 'object' && !Array.isArray(document) ? (document as Record<string, unknown>) : {};
}

/**
 * Compares two parsed documents as data: key order and formatting do not
 * count. Undefined when they are the same.
 */
export function compareDocuments(committed: unknown, regenerated: unknown, versionPattern?: string): DocumentDifference | undefined {
  if (semanticallyEqual(committed, regenerated)) return undefined;
  const before = operationDigests(committed, versionPattern);
  const after = operationDigests(regenerated, versionPattern);
  const changes = compareOperations(before, after);
  const operations: DocumentDifference['operations'] = [];
  for (const [change, keys] of [['added', changes.added], ['removed', changes.removed], ['changed', changes.changed]] as const) {
    for (const key of keys) {
      const digest = (change === 'removed' ? before.get(key) : after.get(key)) ?? before.get(key);
      if (digest !== undefined) operations.push({ key, method: digest.method, path: digest.path, change });
    }
  }
  operations.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const a = topLevel(committed);
  const b = topLevel(regenerated);
  const sections = [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((key) => key !== 'paths' && !semanticallyEqual(a[key], b[key]))
    // A component change that some operation reaches is already reported on that operation.
    .filter((key) => !(key === 'components' || key === 'definitions') || operations.length === 0)
    .sort();
  if (operations.length === 0 && sections.length === 0) sections.push('paths');
  return { operations, sections };
}
