import { parsePathTemplate, type ParsedPath, type PathSegment } from '../conventions/paths.js';
import { isNamespaceSegment } from '../conventions/route-paths.js';
import type { ConventionsConfig } from '../config/types.js';
import type { Vocabulary } from '../conventions/vocabulary.js';
import { isObject, type OpenApiModel } from '../openapi/model.js';

export interface DocumentPath {
  path: string;
  parsed: ParsedPath;
}

/** Every key of `paths`, parsed once per rule run. */
export function documentPaths(model: OpenApiModel, conventions: ConventionsConfig): DocumentPath[] {
  const paths = model.at(['paths']).value;
  if (!isObject(paths)) return [];
  return Object.keys(paths).map((path) => ({ path, parsed: parsePathTemplate(path, { versionPattern: conventions.version_pattern }) }));
}

export type StaticSegment = Extract<PathSegment, { kind: 'static' }>;

/**
 * The static segments that name resources: not a namespace (`/api`, or a
 * mount prefix before the version segment) and not below a
 * representation segment (`/jsonl/openai_ft` is a flavour of a format).
 */
export function resourceSegments(parsed: ParsedPath, vocabulary: Vocabulary): StaticSegment[] {
  const segments: StaticSegment[] = [];
  for (const segment of parsed.segments) {
    if (segment.kind !== 'static' || isNamespaceSegment(parsed, segment)) continue;
    if (vocabulary.isRepresentation(segment.value)) break;
    segments.push(segment);
  }
  return segments;
}

/** The path up to (not including) segment `index`: the parent of a verb segment. */
export function pathBefore(parsed: ParsedPath, index: number): string {
  const raw = parsed.raw.split('/').filter((part) => part !== '');
  return `/${raw.slice(0, index).join('/')}`;
}
