import { fromPointer, type JsonPath } from '../findings.js';
import type { SourceDocument } from './document.js';

export type OpenApiVersion = '2.0' | '3.0' | '3.1';

export interface ResolvedRef {
  document: SourceDocument;
  path: JsonPath;
  value: unknown;
}

/** What the OpenAPI model needs of a loaded document set. */
export interface SpecResolver {
  readonly root: SourceDocument;
  readonly version: OpenApiVersion;
  /** Follows one `$ref` written in `from`; undefined when it leads nowhere loaded. */
  resolve(ref: string, from: SourceDocument): ResolvedRef | undefined;
}

export function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let current: unknown = data;
  for (const token of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[String(token)];
  }
  return current;
}

/** One in-memory document whose local `$ref`s resolve; other `$ref`s stay opaque. */
export class LocalResolver implements SpecResolver {
  constructor(
    readonly root: SourceDocument,
    readonly version: OpenApiVersion,
  ) {}

  private readonly cache = new Map<string, ResolvedRef | undefined>();

  resolve(ref: string, from: SourceDocument): ResolvedRef | undefined {
    if (from !== this.root || !ref.startsWith('#')) return undefined;
    if (this.cache.has(ref)) return this.cache.get(ref);
    const path = fromPointer(ref);
    const value = valueAt(from.data, path);
    const result = value === undefined ? undefined : { document: from, path, value };
    this.cache.set(ref, result);
    return result;
  }
}
