import type { LintMode } from '../config/types.js';
import type { Finding } from '../findings.js';
import { operationOfPath } from './fingerprint.js';
import { operationKey, type OperationChanges } from './operations.js';

/**
 * Which new schema findings `lint.mode` applies to. A finding counts when one
 * of its operations (its own, or the users of the shared schema it is on) is
 * in scope; a finding tied to no operation always counts.
 */
export function schemaScope(mode: LintMode, changes: OperationChanges | undefined, versionPattern: string): (finding: Finding) => boolean {
  if (mode === 'always' || changes === undefined) return () => true;
  const touched = mode === 'added' ? changes.added : new Set([...changes.added, ...changes.changed]);
  return (finding) => {
    const operations = new Set<string>();
    const own = operationOfPath(finding.path, versionPattern);
    if (own !== undefined) operations.add(own);
    for (const operation of finding.operations ?? []) operations.add(operationKey(operation.method, operation.path, versionPattern));
    if (operations.size === 0) return pathLevelInScope(finding, touched, versionPattern);
    return [...operations].some((operation) => touched.has(operation));
  };
}

/** A finding on a path item (`/paths/~1v1~1books`) concerns every operation of that path. */
function pathLevelInScope(finding: Finding, touched: ReadonlySet<string>, versionPattern: string): boolean {
  const [section, path] = finding.path;
  if (section !== 'paths' || typeof path !== 'string') return true;
  const suffix = operationKey('get', path, versionPattern).slice('GET '.length);
  return [...touched].some((key) => key.slice(key.indexOf(' ') + 1) === suffix);
}
