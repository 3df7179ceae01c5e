import { fromPointer } from '../findings.js';
import { valueAt } from '../load/resolver.js';
import { normalizePath } from '../conventions/paths.js';
import { canonicalJson, shortHash } from './canonical.js';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface OperationDigest {
  method: string;
  /** The path as written in the document. */
  path: string;
  /** Changes when the operation or anything it reaches through local `$ref`s changes. */
  digest: string;
}

/** `GET /v1/datasets/{}`: how operations are matched across revisions, whatever their parameter names. */
export function operationKey(method: string, path: string, versionPattern?: string): string {
  return `${method.toUpperCase()} ${normalizePath(path, versionPattern === undefined ? {} : { versionPattern })}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function localRefs(value: unknown, into: Set<string>): void {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === null || typeof current !== 'object') continue;
    if (Array.isArray(current)) {
      stack.push(...current);
      continue;
    }
    const record = current as Record<string, unknown>;
    const ref = record['$ref'];
    if (typeof ref === 'string' && ref.startsWith('#')) into.add(ref);
    for (const child of Object.values(record)) if (child !== null && typeof child === 'object') stack.push(child);
  }
}

/**
 * One digest per operation of a parsed document, keyed by `operationKey`.
 * A change to a shared component changes the digest of every operation that
 * reaches it, so "changed operations" includes them.
 */
export function operationDigests(document: unknown, versionPattern?: string): Map<string, OperationDigest> {
  const digests = new Map<string, OperationDigest>();
  if (!isRecord(document) || !isRecord(document['paths'])) return digests;
  const refText = new Map<string, string>();
  const refChildren = new Map<string, Set<string>>();
  const visit = (ref: string): void => {
    if (refText.has(ref)) return;
    const target = valueAt(document, fromPointer(ref));
    refText.set(ref, canonicalJson(target));
    const children = new Set<string>();
    localRefs(target, children);
    refChildren.set(ref, children);
    for (const child of children) visit(child);
  };
  for (const [path, item] of Object.entries(document['paths'])) {
    if (!isRecord(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isRecord(operation)) continue;
      const own = { parameters: item['parameters'], servers: item['servers'], operation };
      const reached = new Set<string>();
      const pending = new Set<string>();
      localRefs(own, pending);
      for (const ref of pending) {
        if (reached.has(ref)) continue;
        reached.add(ref);
        visit(ref);
        for (const child of refChildren.get(ref) ?? []) pending.add(child);
      }
      const parts = [canonicalJson(own), ...[...reached].sort().map((ref) => `${ref}=${refText.get(ref) ?? ''}`)];
      digests.set(operationKey(method, path, versionPattern), { method, path, digest: shortHash(parts.join('\n')) });
    }
  }
  return digests;
}

export interface OperationChanges {
  added: Set<string>;
  changed: Set<string>;
  removed: Set<string>;
}

/** Operation keys added, changed or removed from `base` to `head`. */
export function compareOperations(base: ReadonlyMap<string, OperationDigest>, head: ReadonlyMap<string, OperationDigest>): OperationChanges {
  const changes: OperationChanges = { added: new Set(), changed: new Set(), removed: new Set() };
  for (const [key, digest] of head) {
    const before = base.get(key);
    if (before === undefined) changes.added.add(key);
    else if (before.digest !== digest.digest) changes.changed.add(key);
  }
  for (const key of base.keys()) if (!head.has(key)) changes.removed.add(key);
  return changes;
}
