import picomatch from 'picomatch';
import type { Exemption } from '../config/types.js';
import type { JsonPath, OperationRef } from '../findings.js';

type Matcher = (value: string) => boolean;

interface CompiledExemption {
  rules: Set<string> | undefined;
  paths: Matcher | undefined;
  mediaTypes: Matcher | undefined;
  schemas: Matcher | undefined;
}

const compiled = new WeakMap<Exemption[], CompiledExemption[]>();

function compile(exemptions: Exemption[]): CompiledExemption[] {
  let list = compiled.get(exemptions);
  if (list === undefined) {
    list = exemptions.map((exemption) => ({
      rules: exemption.rules === undefined ? undefined : new Set(exemption.rules),
      paths: exemption.paths === undefined ? undefined : picomatch(exemption.paths, { dot: true }),
      mediaTypes: exemption.media_types === undefined ? undefined : picomatch(exemption.media_types, { dot: true, nocase: true }),
      schemas: exemption.schemas === undefined ? undefined : picomatch(exemption.schemas, { dot: true }),
    }));
    compiled.set(exemptions, list);
  }
  return list;
}

export interface ExemptionSubject {
  code: string;
  path: JsonPath;
  /** The operations the finding concerns; for a shared schema, all its users. */
  operations: OperationRef[];
}

/** The media type a JSON path is under (`.../content/text~1csv/...`), if any. */
export function mediaTypeOf(path: JsonPath): string | undefined {
  const index = path.indexOf('content');
  const next = index === -1 ? undefined : path[index + 1];
  return typeof next === 'string' ? next : undefined;
}

/** The component schema a JSON path is inside, if any. */
export function schemaNameOf(path: JsonPath): string | undefined {
  if (path[0] === 'components' && path[1] === 'schemas' && typeof path[2] === 'string') return path[2];
  if (path[0] === 'definitions' && typeof path[1] === 'string') return path[1];
  return undefined;
}

/**
 * A finding is exempt when an exemption names its rule (or names no rule) and
 * its path glob matches every operation concerned, or its media type or schema
 * name glob matches where the finding is.
 */
export function isExempt(subject: ExemptionSubject, exemptions: Exemption[]): boolean {
  if (exemptions.length === 0) return false;
  const mediaType = mediaTypeOf(subject.path);
  const schemaName = schemaNameOf(subject.path);
  const pathKey = subject.path[0] === 'paths' && typeof subject.path[1] === 'string' ? subject.path[1] : undefined;
  for (const exemption of compile(exemptions)) {
    if (exemption.rules !== undefined && !exemption.rules.has(subject.code)) continue;
    if (exemption.paths !== undefined) {
      const matchPath = exemption.paths;
      if (subject.operations.length > 0 && subject.operations.every((operation) => matchPath(operation.path))) return true;
      if (subject.operations.length === 0 && pathKey !== undefined && matchPath(pathKey)) return true;
    }
    if (exemption.mediaTypes !== undefined && mediaType !== undefined && exemption.mediaTypes(mediaType)) return true;
    if (exemption.schemas !== undefined && schemaName !== undefined && exemption.schemas(schemaName)) return true;
  }
  return false;
}
