/**
 * Path templates, whatever their dialect: OpenAPI `{dataset_id}`, Express and
 * Koa `:dataset_id` (with `?`, `*`, `+` modifiers or a `(regex)`), Next.js
 * `[dataset_id]` and `[...slug]`, and `*` wildcards. Templates that differ
 * only in parameter names normalize to the same string.
 */

export type PathSegment =
  | { kind: 'static'; value: string; index: number }
  | { kind: 'version'; value: string; version: number; index: number }
  | { kind: 'param'; name: string; raw: string; index: number; catchAll: boolean; optional: boolean }
  /** Static text mixed with parameters, e.g. `{name}.{ext}` or `file-:id`. */
  | { kind: 'template'; raw: string; params: string[]; index: number }
  | { kind: 'wildcard'; raw: string; index: number };

export interface ParsedPath {
  raw: string;
  segments: PathSegment[];
  /** The first version segment's number, e.g. 1 for `/v1/...`. */
  version: number | undefined;
  params: string[];
}

export const DEFAULT_VERSION_PATTERN = '^v(\\d+)$';

export interface PathOptions {
  /** A regular expression whose first group is the version number. */
  versionPattern?: string;
}

const OPENAPI_PARAM = /^\{([^{}]+)\}$/;
const COLON_PARAM = /^:([A-Za-z0-9_$]+)(\([^)]*\))?([?*+])?$/;
const BRACKET_PARAM = /^\[(\[)?(\.\.\.)?([^\]]+)\]\]?$/;
const EMBEDDED_PARAM = /\{([^{}]+)\}|:([A-Za-z_$][A-Za-z0-9_$]*)|\[(?:\.\.\.)?([^\]]+)\]/g;

const versionRegexCache = new Map<string, RegExp>();
function versionRegex(pattern: string): RegExp {
  let regex = versionRegexCache.get(pattern);
  if (regex === undefined) {
    regex = new RegExp(pattern);
    versionRegexCache.set(pattern, regex);
  }
  return regex;
}

export function parseSegment(raw: string, index: number, options: PathOptions = {}): PathSegment {
  if (raw === '*' || raw === '**' || raw === '(.*)') return { kind: 'wildcard', raw, index };
  const openapi = OPENAPI_PARAM.exec(raw);
  if (openapi?.[1] !== undefined) {
    return { kind: 'param', name: openapi[1], raw, index, catchAll: false, optional: false };
  }
  const colon = COLON_PARAM.exec(raw);
  if (colon?.[1] !== undefined) {
    const modifier = colon[3];
    return {
      kind: 'param',
      name: colon[1],
      raw,
      index,
      catchAll: modifier === '*' || modifier === '+',
      optional: modifier === '?' || modifier === '*',
    };
  }
  const bracket = BRACKET_PARAM.exec(raw);
  if (bracket?.[3] !== undefined) {
    return {
      kind: 'param',
      name: bracket[3],
      raw,
      index,
      catchAll: bracket[2] !== undefined,
      optional: bracket[1] !== undefined,
    };
  }
  const params = [...raw.matchAll(EMBEDDED_PARAM)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
  if (params.length > 0) return { kind: 'template', raw, params, index };
  const version = versionRegex(options.versionPattern ?? DEFAULT_VERSION_PATTERN).exec(raw);
  if (version !== null) {
    const number = Number(version[1] ?? Number.NaN);
    if (Number.isInteger(number)) return { kind: 'version', value: raw, version: number, index };
  }
  return { kind: 'static', value: raw, index };
}

export function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

export function parsePathTemplate(path: string, options: PathOptions = {}): ParsedPath {
  const segments = splitPath(path).map((raw, index) => parseSegment(raw, index, options));
  const version = segments.find((segment) => segment.kind === 'version');
  const params: string[] = [];
  for (const segment of segments) {
    if (segment.kind === 'param') params.push(segment.name);
    if (segment.kind === 'template') params.push(...segment.params);
  }
  return {
    raw: path,
    segments,
    version: version?.kind === 'version' ? version.version : undefined,
    params,
  };
}

/**
 * `/v1/datasets/{dataset_id}/examples` and `/v1/datasets/:id/examples/` both
 * become `/v1/datasets/{}/examples`.
 */
export function normalizePath(path: string, options: PathOptions = {}): string {
  const segments = parsePathTemplate(path, options).segments.map(normalizedSegment);
  return `/${segments.join('/')}`;
}

function normalizedSegment(segment: PathSegment): string {
  switch (segment.kind) {
    case 'param':
      return segment.catchAll ? '{*}' : '{}';
    case 'template':
      return segment.raw.replace(EMBEDDED_PARAM, '{}');
    case 'wildcard':
      return '{*}';
    case 'static':
    case 'version':
      return segment.value;
  }
}

/** Renders segments in OpenAPI syntax (`:id` → `{id}`). */
export function toOpenApiPath(path: string, options: PathOptions = {}): string {
  const segments = parsePathTemplate(path, options).segments.map((segment) => {
    switch (segment.kind) {
      case 'param':
        return `{${segment.name}}`;
      case 'template':
        return segment.raw.replace(EMBEDDED_PARAM, (_match, a?: string, b?: string, c?: string) => `{${a ?? b ?? c ?? ''}}`);
      case 'wildcard':
        return segment.raw;
      case 'static':
      case 'version':
        return segment.value;
    }
  });
  return `/${segments.join('/')}`;
}

export function extractVersion(path: string, options: PathOptions = {}): number | undefined {
  return parsePathTemplate(path, options).version;
}

/** Joins a mount prefix and a route path: `('/v1/', '/datasets')` → `/v1/datasets`. */
export function joinPaths(...parts: string[]): string {
  const segments = parts.flatMap(splitPath);
  return `/${segments.join('/')}`;
}

/** True when the last segment is a parameter: the path names one item. */
export function isItemPath(parsed: ParsedPath): boolean {
  const last = parsed.segments[parsed.segments.length - 1];
  return last?.kind === 'param' || last?.kind === 'template';
}

export interface CollectionItem {
  /** The static segment that names the collection (`datasets`). */
  collection: Extract<PathSegment, { kind: 'static' }>;
  /** The parameter right after it (`{dataset_id}`). */
  param: Extract<PathSegment, { kind: 'param' }>;
  /** Normalized path up to and including the collection: `/v1/datasets`. */
  collectionPath: string;
}

/** Every `collection/{param}` pair in a path, in order. */
export function collectionItems(parsed: ParsedPath): CollectionItem[] {
  const pairs: CollectionItem[] = [];
  const prefix: string[] = [];
  parsed.segments.forEach((segment, index) => {
    prefix.push(normalizedSegment(segment));
    const next = parsed.segments[index + 1];
    if (segment.kind === 'static' && next?.kind === 'param' && !next.catchAll) {
      pairs.push({ collection: segment, param: next, collectionPath: `/${prefix.join('/')}` });
    }
  });
  return pairs;
}
