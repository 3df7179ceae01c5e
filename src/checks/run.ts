import { createHash } from 'node:crypto';
import { canonicalJson } from '../diff/canonical.js';
import type { SpecDiff } from '../diff/model.js';
import { CHECKS } from './registry.js';
import type { ChangeArgs, CheckDefinition, StructuredChange } from './types.js';

/**
 * Hashes what the change is, never how it is worded or where it sits in the
 * file: the check id, the operation (by normalized template, so renaming a
 * path parameter keeps it) and the arguments.
 */
export function fingerprintOf(change: StructuredChange): string {
  const { method: _method, path: _path, ...args } = change.args;
  const subject = `${change.id}\n${change.operation.method} ${change.operation.template}\n${canonicalJson(args)}`;
  return createHash('sha256').update(subject).digest('hex').slice(0, 16);
}

export interface FingerprintedChange extends StructuredChange {
  fingerprint: string;
}

/** Runs the checks over a diff; one change per fingerprint, in a deterministic order. */
export function runChecks(diff: SpecDiff, checks: readonly CheckDefinition[] = CHECKS): FingerprintedChange[] {
  const changes = new Map<string, FingerprintedChange>();
  for (const check of checks) {
    check.walk(diff, (input) => {
      const change: StructuredChange = { id: check.id, ...input };
      const fingerprint = fingerprintOf(change);
      if (!changes.has(fingerprint)) changes.set(fingerprint, { ...change, fingerprint });
    });
  }
  // Sorted by operation, check id and arguments; the argument key is computed once per change.
  const keyed = [...changes.values()].map((change) => ({ change, args: canonicalJson(change.args) }));
  keyed.sort(
    (a, b) =>
      compareText(a.change.operation.template, b.change.operation.template) ||
      compareText(a.change.operation.method, b.change.operation.method) ||
      compareText(a.change.id, b.change.id) ||
      compareText(a.args, b.args),
  );
  return keyed.map(({ change }) => change);
}

/** Code-unit order: the same on every machine, unlike `localeCompare`. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Fills `{{name}}` placeholders; list arguments are joined with commas. */
export function renderMessage(template: string, args: ChangeArgs): string {
  return template.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => {
    const value = args[name];
    if (value === undefined) return placeholder;
    if (Array.isArray(value)) return value.join(', ');
    return value === null ? 'none' : String(value);
  });
}
