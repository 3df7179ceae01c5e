import type { JsonPath } from '../findings.js';
import type { LoadedSpec, OpenApiVersion } from '../load/spec.js';
import type { SourceDocument } from '../load/source.js';
import type { Lifecycle, Location } from './model.js';

/** A value in one side's documents, with where it is written. */
export interface Node {
  value: unknown;
  document: SourceDocument;
  path: JsonPath;
  /** The last `$ref` followed to get here, if any (e.g. `#/components/schemas/Dataset`). */
  ref?: string | undefined;
}

export interface ExtensionNames {
  sunset: string;
  stability: string;
}

export const DEFAULT_EXTENSIONS: ExtensionNames = { sunset: 'x-sunset', stability: 'x-stability-level' };

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Reads one side of the comparison: follows `$ref`s and builds locations. */
export class SideReader {
  constructor(
    readonly spec: LoadedSpec,
    readonly extensions: ExtensionNames,
  ) {}

  get version(): OpenApiVersion {
    return this.spec.version;
  }

  rootNode(): Node {
    return { value: this.spec.root.data, document: this.spec.root, path: [] };
  }

  /** Follows `$ref` chains (a chain that loops is left where it loops). */
  deref(node: Node): Node {
    let current = node;
    let hops = 0;
    while (isObject(current.value) && typeof current.value['$ref'] === 'string' && hops < 64) {
      const ref = current.value['$ref'];
      const resolved = this.spec.resolve(ref, current.document);
      if (resolved === undefined) return current;
      current = { value: resolved.value, document: resolved.document, path: resolved.path, ref };
      hops += 1;
    }
    return current;
  }

  child(node: Node, ...keys: Array<string | number>): Node {
    let value: unknown = node.value;
    for (const key of keys) value = isObject(value) || Array.isArray(value) ? (value as Record<string, unknown>)[String(key)] : undefined;
    return { value, document: node.document, path: [...node.path, ...keys] };
  }

  /** `child` then `deref`. */
  get(node: Node, ...keys: Array<string | number>): Node {
    return this.deref(this.child(node, ...keys));
  }

  location(node: Node): Location {
    return { file: node.document.file, path: node.path };
  }

  lifecycle(value: unknown): Lifecycle {
    if (!isObject(value)) return { deprecated: false };
    const sunset = value[this.extensions.sunset];
    const stability = value[this.extensions.stability];
    return {
      deprecated: value['deprecated'] === true,
      sunset: sunset === undefined ? undefined : sunset instanceof Date ? sunset.toISOString().slice(0, 10) : String(sunset),
      stability: typeof stability === 'string' ? stability : undefined,
    };
  }
}
