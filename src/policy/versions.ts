import { parsePathTemplate } from '../conventions/paths.js';
import type { VersionAdvice } from './model.js';

/** `/v1/datasets/{id}` → `{ current: 1, next: 2, path: '/v2/datasets/{id}' }`; undefined when unversioned. */
export function nextVersionOf(path: string, versionPattern: string | undefined): VersionAdvice | undefined {
  const parsed = parsePathTemplate(path, versionPattern === undefined ? {} : { versionPattern });
  const segment = parsed.segments.find((candidate) => candidate.kind === 'version');
  if (segment?.kind !== 'version') return undefined;
  const next = segment.version + 1;
  const bumped = segment.value.replace(String(segment.version), String(next));
  const raw = path.split('/');
  // Segment indexes skip empty strings; find the matching raw piece to rebuild the path.
  let seen = -1;
  const rebuilt = raw.map((piece) => {
    if (piece === '') return piece;
    seen += 1;
    return seen === segment.index ? bumped : piece;
  });
  return { current: segment.version, next, path: rebuilt.join('/') };
}
