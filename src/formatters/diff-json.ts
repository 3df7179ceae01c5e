import type { DiffFinding } from '../policy/model.js';

/** `apigov diff --format json`: a list of findings, each with both locations and its fingerprint. */
export function formatDiffJson(findings: readonly DiffFinding[]): string {
  const list = findings.map((finding) => ({
    id: finding.code,
    level: finding.level,
    message: finding.message,
    operation: finding.operation,
    base: finding.base ?? null,
    revision: finding.revision ?? null,
    fingerprint: finding.fingerprint,
    breaking: finding.breaking,
    accepted: finding.accepted ?? null,
    args: finding.args,
    before: finding.before ?? null,
    after: finding.after ?? null,
    notes: finding.notes,
    nextVersion: finding.nextVersion ?? null,
    mitigation: finding.mitigation,
    docsUrl: finding.docsUrl,
  }));
  return `${JSON.stringify(list, null, 2)}\n`;
}
