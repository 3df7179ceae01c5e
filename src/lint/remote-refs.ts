import type { LoadedSpec } from '../load/spec.js';
import type { RawFinding } from './engine.js';

export const REMOTE_REF_CODE = 'remote-ref-not-fetched';

/** Remote `$ref`s are never fetched unless allowed; say so where each one is. */
export function unfetchedRefFindings(spec: LoadedSpec): RawFinding[] {
  return spec.unfetchedRefs.map((site) => ({
    code: REMOTE_REF_CODE,
    level: 'warning',
    message: `$ref "${site.ref}" points at a remote URL and was not fetched, so what it refers to was not checked; pass --allow-remote-refs (or set lint.allow_remote_refs) to fetch it.`,
    document: site.document,
    path: [...site.path, '$ref'],
    operations: [],
  }));
}
