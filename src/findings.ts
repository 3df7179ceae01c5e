import type { Level } from './levels.js';

export type JsonPath = Array<string | number>;

/** 0-based, as Spectral and LSP count. Formatters add 1 for people. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface OperationRef {
  method: string;
  path: string;
}

export type FindingSource = 'schema' | 'code' | 'diff' | 'check';

/**
 * One result, whatever produced it: a schema rule, an ESLint rule, a diff
 * check. Formatters render these and never decide anything about them.
 */
export interface Finding {
  /** Rule or check id, e.g. `path-no-verbs`. */
  code: string;
  level: Level;
  message: string;
  /** The file the finding is in, as the user named it. */
  file: string;
  /** Where in the document (JSON path); empty for code findings. */
  path: JsonPath;
  range: Range;
  source: FindingSource;
  /** The operations the finding concerns (for a shared schema: every user). */
  operations?: OperationRef[];
  /** Stable across commits: hashes the id and subject, never the message. */
  fingerprint?: string;
  /** A link to the rule's documentation. */
  docsUrl?: string;
}

export const UNKNOWN_RANGE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function toPointer(path: JsonPath): string {
  if (path.length === 0) return '';
  return `/${path.map((token) => String(token).replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;
}

export function fromPointer(pointer: string): string[] {
  if (pointer === '' || pointer === '#') return [];
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  return body
    .split('/')
    .slice(1)
    .map((token) => decodeURIComponent(token).replaceAll('~1', '/').replaceAll('~0', '~'));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Deterministic order: file, line, column, code, message (code-point order, not locale order). */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.file, b.file) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    compareText(a.code, b.code) ||
    compareText(a.message, b.message)
  );
}
