import { isObject } from './reader.js';

/**
 * Proves subtrees unchanged so the schema comparison can skip them: two
 * values are the same when they are equal as written and every `$ref` inside
 * leads to the same content on both sides. `$ref` verdicts are computed once
 * for the whole document (the targets compared as written, then a changed
 * target marks every `$ref` whose target reaches it), so cycles need no care
 * and an edited copy of a large document costs little more than the edit.
 */
export type RefResolver = (ref: string) => unknown;

/** Equal as written (a `$ref` is compared as its string); collects the `$ref`s met. */
function equalAsWritten(a: unknown, b: unknown, refs: Set<string>): boolean {
  if (a === b) {
    if (a !== null && typeof a === 'object') collectRefs(a, refs);
    return true;
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index += 1) if (!equalAsWritten(a[index], b[index], refs)) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  for (const key of keys) {
    if (!(key in right)) return false;
    const value = left[key];
    if (!equalAsWritten(value, right[key], refs)) return false;
    if (key === '$ref' && typeof value === 'string') refs.add(value);
  }
  return true;
}

function collectRefs(value: unknown, refs: Set<string>): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectRefs(item, refs);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const child = record[key];
    if (key === '$ref' && typeof child === 'string') refs.add(child);
    else collectRefs(child, refs);
  }
}

export class SameSubtrees {
  private readonly verdicts = new Map<string, boolean>();

  constructor(
    private readonly resolveBase: RefResolver,
    private readonly resolveRevision: RefResolver,
  ) {}

  same(baseValue: unknown, revisionValue: unknown): boolean {
    if (!isObject(baseValue) || !isObject(revisionValue)) return false;
    const refs = new Set<string>();
    if (!equalAsWritten(baseValue, revisionValue, refs)) return false;
    for (const ref of refs) if (!this.sameRef(ref)) return false;
    return true;
  }

  /**
   * A `$ref` is the same when its targets are equal as written and all
   * `$ref`s reachable from them are too: a walk over the reference graph
   * from this `$ref`, remembered for every `$ref` it settles.
   */
  private sameRef(start: string): boolean {
    const known = this.verdicts.get(start);
    if (known !== undefined) return known;
    // Explore every `$ref` reachable from `start` that has no verdict yet.
    const local = new Map<string, { equal: boolean; inner: string[] }>();
    const stack = [start];
    while (stack.length > 0) {
      const ref = stack.pop() as string;
      if (local.has(ref) || this.verdicts.has(ref)) continue;
      const inner = new Set<string>();
      const target = ref.startsWith('#') ? this.resolveBase(ref) : undefined;
      const equal = target !== undefined && equalAsWritten(target, this.resolveRevision(ref), inner);
      local.set(ref, { equal, inner: [...inner] });
      if (equal) for (const next of inner) stack.push(next);
    }
    // A `$ref` is changed when its target is, or reaches a changed one: propagate backwards.
    const dependents = new Map<string, string[]>();
    const changed: string[] = [];
    for (const [ref, { equal, inner }] of local) {
      if (!equal) changed.push(ref);
      for (const next of inner) {
        if (this.verdicts.get(next) === false) changed.push(ref);
        const list = dependents.get(next) ?? [];
        list.push(ref);
        dependents.set(next, list);
      }
    }
    const dirty = new Set<string>();
    while (changed.length > 0) {
      const ref = changed.pop() as string;
      if (dirty.has(ref)) continue;
      dirty.add(ref);
      for (const dependent of dependents.get(ref) ?? []) if (local.has(dependent)) changed.push(dependent);
    }
    for (const ref of local.keys()) this.verdicts.set(ref, !dirty.has(ref));
    return this.verdicts.get(start) ?? false;
  }
}
