import type { JsonPath, Range } from '../findings.js';
import { locateJsonPaths, pathKey, type TextSpan } from './json-locator.js';
import { LineIndex } from './lines.js';

export type SourceFormat = 'json' | 'yaml';

/**
 * One parsed file: its data, and a way to turn JSON paths back into line and
 * column. Positions are computed lazily and in batches (see `locateAll`).
 */
export class SourceDocument {
  private lineIndex: LineIndex | undefined;
  private readonly spans = new Map<string, TextSpan>();
  private readonly locateSpan: ((path: JsonPath) => TextSpan) | undefined;

  constructor(
    /** The file as the user named it (relative paths stay relative). */
    readonly file: string,
    readonly text: string,
    readonly format: SourceFormat,
    readonly data: unknown,
    /** For formats other than JSON: where one path is in the text. */
    locateSpan?: (path: JsonPath) => TextSpan,
  ) {
    this.locateSpan = locateSpan;
  }

  /** Resolves many paths in one pass; call it before `rangeOf` on a batch. */
  locateAll(paths: readonly JsonPath[]): void {
    const missing = paths.filter((path) => !this.spans.has(pathKey(path)));
    if (missing.length === 0) return;
    if (this.format === 'json') {
      for (const [key, span] of locateJsonPaths(this.text, missing)) this.spans.set(key, span);
    } else {
      for (const path of missing) this.spans.set(pathKey(path), this.locateSpan?.(path) ?? { start: 0, end: 0 });
    }
  }

  rangeOf(path: JsonPath): Range {
    const key = pathKey(path);
    if (!this.spans.has(key)) this.locateAll([path]);
    const span = this.spans.get(key) ?? { start: 0, end: 0 };
    this.lineIndex ??= new LineIndex(this.text);
    return { start: this.lineIndex.positionAt(span.start), end: this.lineIndex.positionAt(span.end) };
  }
}
