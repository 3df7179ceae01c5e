/**
 * Judgements about route paths that the ESLint rules make on top of the
 * vocabulary: which segments are namespaces rather than resources, and which
 * actions change state.
 */
import { NOUN_LOOKALIKES } from './lexicon.js';
import type { ParsedPath, PathSegment } from './paths.js';
import type { Vocabulary } from './vocabulary.js';

/** Segments that name an API's mount point, not a resource (`/api/v1/...`). */
export const NAMESPACE_SEGMENTS: readonly string[] = ['api', 'rest'];

/**
 * True when a static segment is a namespace: one of `NAMESPACE_SEGMENTS`, or
 * any segment before the version (`/admin/v1/users`: `admin` is where the API
 * lives, not a collection).
 */
export function isNamespaceSegment(parsed: ParsedPath, segment: PathSegment): boolean {
  if (segment.kind !== 'static') return false;
  if (NAMESPACE_SEGMENTS.includes(segment.value.toLowerCase())) return true;
  const version = parsed.segments.find((candidate) => candidate.kind === 'version');
  return version !== undefined && segment.index < version.index;
}

/** True when `verb` (as `findVerb` returns it) changes server state; the list lives in the lexicon. */
export function isStateChangingAction(verb: string, vocabulary: Vocabulary): boolean {
  return vocabulary.changesState(verb);
}

/**
 * True when a static segment names a collection of items: a plural noun that
 * is not one of the lexicon's mass nouns in plural form (`settings`,
 * `analytics`), which name one resource.
 */
export function isCollectionSegment(segment: string, vocabulary: Vocabulary): boolean {
  if (NOUN_LOOKALIKES.includes(segment.toLowerCase())) return false;
  return vocabulary.classifySegment(segment).kind === 'plural';
}
