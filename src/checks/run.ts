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
  return [...changes.values()].sort(compareChanges);
}

function compareChanges(a: FingerprintedChange, b: FingerprintedChange): number {
  return (
    a.operation.template.localeCompare(b.operation.template) ||
    a.operation.method.localeCompare(b.operation.method) ||
    a.id.localeCompare(b.id) ||
    canonicalJson(a.args).localeCompare(canonicalJson(b.args))
  );
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
