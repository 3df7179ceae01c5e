import type { LoadedSpec } from '../load/spec.js';
import type { SpecDiff } from './model.js';
import { indexOperations } from './operation-view.js';
import { diffOperation } from './operations.js';
import { splitByPath } from './paths.js';
import { DEFAULT_EXTENSIONS, SideReader, type ExtensionNames } from './reader.js';
import { canonicalJson } from './canonical.js';
import { SameSubtrees } from './fingerprints.js';
import { isObject } from './reader.js';
import { SchemaComparer } from './schemas.js';
import { diffSecuritySchemes } from './security-schemes.js';

export type * from './model.js';

export interface DiffOptions {
  versionPattern?: string;
  extensions?: ExtensionNames;
}

/** Compares two loaded documents; the result says what changed and judges nothing. */
export function diffSpecs(base: LoadedSpec, revision: LoadedSpec, options: DiffOptions = {}): SpecDiff {
  const extensions = options.extensions ?? DEFAULT_EXTENSIONS;
  const pathOptions = options.versionPattern === undefined ? {} : { versionPattern: options.versionPattern };
  const baseReader = new SideReader(base, extensions);
  const revisionReader = new SideReader(revision, extensions);
  // `$ref`s are resolved from the root document only; a subtree in another file is never skipped.
  const sameSubtrees = new SameSubtrees(
    (ref) => base.resolve(ref, base.root)?.value,
    (ref) => revision.resolve(ref, revision.root)?.value,
  );
  const comparer = new SchemaComparer(baseReader, revisionReader, sameSubtrees);
  // Document-level settings every operation inherits; when they changed, no operation may be skipped.
  const inherited = (data: unknown): string =>
    isObject(data) ? canonicalJson([data['security'], data['consumes'], data['produces']]) : '';
  const sameInherited = inherited(base.root.data) === inherited(revision.root.data);
  // Of a path item, only its parameters reach an operation (its siblings are compared on their own).
  const sameParameters = (from: unknown, to: unknown): boolean => {
    const before = isObject(from) ? from['parameters'] : undefined;
    const after = isObject(to) ? to['parameters'] : undefined;
    return before === undefined && after === undefined ? true : sameSubtrees.same({ parameters: before }, { parameters: after });
  };
  const before = indexOperations(baseReader, pathOptions);
  const after = indexOperations(revisionReader, pathOptions);
  const removed = splitByPath(
    [...before.values()].filter((operation) => !after.has(operation.key)),
    after,
    baseReader,
  );
  const added = splitByPath(
    [...after.values()].filter((operation) => !before.has(operation.key)),
    before,
    revisionReader,
  );
  const diff: SpecDiff = {
    base: { file: base.root.file, version: base.version },
    revision: { file: revision.root.file, version: revision.version },
    paths: { added: added.paths, removed: removed.paths },
    operations: { added: added.operations, removed: removed.operations, modified: [] },
  };
  for (const [key, operation] of after) {
    const previous = before.get(key);
    if (previous === undefined) continue;
    const untouched =
      sameInherited &&
      previous.summary.path === operation.summary.path &&
      sameSubtrees.same(previous.node.value, operation.node.value) &&
      sameParameters(previous.pathItem.value, operation.pathItem.value);
    if (untouched) continue;
    const modified = diffOperation(comparer, previous, operation);
    if (modified !== undefined) diff.operations.modified.push(modified);
  }
  const securitySchemes = diffSecuritySchemes(baseReader, revisionReader, after.values());
  if (securitySchemes !== undefined) diff.securitySchemes = securitySchemes;
  return diff;
}

/** The model as JSON: a recursive schema's diff graph can close on itself, so revisits are written as a marker. */
export function serializeDiff(diff: SpecDiff): string {
  const open = new Set<object>();
  const walk = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    if (open.has(value)) return { $cycle: true };
    open.add(value);
    try {
      if (Array.isArray(value)) return value.map(walk);
      const result: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(value)) if (child !== undefined) result[key] = walk(child);
      return result;
    } finally {
      open.delete(value);
    }
  };
  return JSON.stringify(walk(diff), null, 2);
}
