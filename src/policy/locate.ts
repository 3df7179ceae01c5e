import type { Location } from '../diff/model.js';
import { toPointer, UNKNOWN_RANGE, type Range } from '../findings.js';
import type { LoadedSpec } from '../load/spec.js';
import type { SourceDocument } from '../load/source.js';
import type { DiffSideLocation } from './model.js';

/**
 * Turns model locations into lines and columns, only for the locations that
 * are reported, and in one pass over each file (`locateAll`).
 */
export class Locator {
  private readonly documents: Record<'base' | 'revision', Map<string, SourceDocument>>;

  constructor(base: LoadedSpec, revision: LoadedSpec) {
    this.documents = { base: byFile(base), revision: byFile(revision) };
  }

  prepare(side: 'base' | 'revision', locations: Iterable<Location>): void {
    const batches = new Map<SourceDocument, Location['path'][]>();
    for (const location of locations) {
      const document = this.documents[side].get(location.file);
      if (document === undefined) continue;
      const batch = batches.get(document) ?? [];
      batch.push(location.path);
      batches.set(document, batch);
    }
    for (const [document, paths] of batches) document.locateAll(paths);
  }

  range(side: 'base' | 'revision', location: Location): Range {
    return this.documents[side].get(location.file)?.rangeOf(location.path) ?? UNKNOWN_RANGE;
  }

  locate(side: 'base' | 'revision', location: Location): DiffSideLocation {
    const range = this.range(side, location);
    return { file: location.file, line: range.start.line + 1, column: range.start.character + 1, pointer: toPointer(location.path) };
  }
}

function byFile(spec: LoadedSpec): Map<string, SourceDocument> {
  return new Map([...spec.documents.values()].map((document) => [document.file, document]));
}
