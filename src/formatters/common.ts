import { isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compareFindings, type Finding } from '../findings.js';

export function sortedFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

/** Groups already sorted findings by file, keeping their order. */
export function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.file);
    if (group === undefined) groups.set(finding.file, [finding]);
    else group.push(finding);
  }
  return groups;
}

/**
 * A finding about a whole document (e.g. "not OpenAPI") has an all-zero
 * range and no JSON path: it has no real position.
 */
export function hasPosition(finding: Finding): boolean {
  const { start, end } = finding.range;
  const allZero = start.line === 0 && start.character === 0 && end.line === 0 && end.character === 0;
  return !(allZero && finding.path.length === 0);
}

export interface OneBasedRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  /** Exclusive, like LSP's end character: the column after the last character. */
  endColumn: number;
}

/** 1-based for people and for SARIF/GitHub; an end before the start is clamped to the start. */
export function oneBasedRegion(finding: Finding): OneBasedRegion {
  const { start, end } = finding.range;
  const startLine = Math.max(0, start.line) + 1;
  const startColumn = Math.max(0, start.character) + 1;
  let endLine = Math.max(0, end.line) + 1;
  let endColumn = Math.max(0, end.character) + 1;
  if (endLine < startLine || (endLine === startLine && endColumn < startColumn)) {
    endLine = startLine;
    endColumn = startColumn;
  }
  return { startLine, startColumn, endLine, endColumn };
}

/** `line:col`, 1-based. */
export function displayPosition(finding: Finding): string {
  const region = oneBasedRegion(finding);
  return `${region.startLine}:${region.startColumn}`;
}

export type FileLocation =
  | { inside: true; relativePath: string }
  | { inside: false; absolutePath: string };

/** Where a finding's file is relative to `cwd`, with forward slashes. */
export function locateFile(file: string, cwd: string): FileLocation {
  const absolutePath = resolve(cwd, file);
  const relativePath = relative(cwd, absolutePath);
  const outside = relativePath === '' || relativePath === '..' || relativePath.startsWith('../') ||
    relativePath.startsWith('..\\') || isAbsolute(relativePath);
  if (outside) return { inside: false, absolutePath };
  return { inside: true, relativePath: toForwardSlashes(relativePath) };
}

export function toForwardSlashes(path: string): string {
  return path.replaceAll('\\', '/');
}

export function fileUri(absolutePath: string): string {
  return pathToFileURL(absolutePath).href;
}

/** A directory as a `file:` URI ending in `/`, so relative references resolve inside it. */
export function directoryUri(absolutePath: string): string {
  const href = pathToFileURL(absolutePath).href;
  return href.endsWith('/') ? href : `${href}/`;
}
