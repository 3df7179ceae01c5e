import { toPointer, type Finding, type OperationRef, type Range } from '../findings.js';
import { toSpectralSeverity, type Level } from '../levels.js';
import { sortedFindings } from './common.js';

/** Spectral's JSON result shape (`code` … `source`) plus apigov's fields. */
export interface JsonResult {
  code: string;
  /** As Spectral writes it: every segment a string, array indices too. */
  path: string[];
  message: string;
  severity: 0 | 1 | 2 | 3;
  range: Range;
  /** The file, as Spectral names it. */
  source: string;
  level: Level;
  pointer: string;
  operations?: OperationRef[];
  fingerprint?: string;
  docsUrl?: string;
}

export function toJsonResult(finding: Finding): JsonResult {
  // Built key by key so the output's key order never depends on the producer's objects.
  const result: JsonResult = {
    code: finding.code,
    path: finding.path.map(String),
    message: finding.message,
    severity: toSpectralSeverity(finding.level),
    range: {
      start: { line: finding.range.start.line, character: finding.range.start.character },
      end: { line: finding.range.end.line, character: finding.range.end.character },
    },
    source: finding.file,
    level: finding.level,
    pointer: toPointer(finding.path),
  };
  if (finding.operations !== undefined) {
    result.operations = finding.operations.map((operation) => ({ method: operation.method, path: operation.path }));
  }
  if (finding.fingerprint !== undefined) result.fingerprint = finding.fingerprint;
  if (finding.docsUrl !== undefined) result.docsUrl = finding.docsUrl;
  return result;
}

export function formatJson(findings: readonly Finding[]): string {
  return `${JSON.stringify(sortedFindings(findings).map(toJsonResult), null, 2)}\n`;
}
