import type { CheckReport } from './run-check.js';
import type { CheckedFinding, FindingStatus, PartId, PartResult } from './types.js';

export const PART_TITLES: Record<PartId, string> = {
  'schema-lint': 'Schema lint',
  'code-lint': 'Route code',
  diff: 'Breaking changes',
  drift: 'Schema drift',
  'co-change': 'Downstream artifacts',
};

export type StatusCounts = Record<FindingStatus, number> & { failing: number };

export function countStatuses(findings: readonly CheckedFinding[]): StatusCounts {
  const counts: StatusCounts = { new: 0, 'out-of-scope': 0, existing: 0, baselined: 0, accepted: 0, failing: 0 };
  for (const finding of findings) {
    counts[finding.status] += 1;
    if (finding.failing) counts.failing += 1;
  }
  return counts;
}

/** `2 new (1 failing), 5 existing` — only the counts that are not zero; `no findings` otherwise. */
export function describeCounts(part: PartResult): string {
  if (part.state !== 'ran') return `skipped: ${part.reason ?? ''}`.trimEnd();
  const counts = countStatuses(part.findings);
  if (part.part === 'diff') return describeChanges(part.findings, counts);
  const pieces: string[] = [];
  if (counts.new > 0) pieces.push(`${counts.new} new${counts.failing > 0 ? ` (${counts.failing} failing)` : ''}`);
  else if (counts.failing > 0) pieces.push(`${counts.failing} failing`);
  if (counts['out-of-scope'] > 0) pieces.push(`${counts['out-of-scope']} new outside lint.mode`);
  if (counts.existing > 0) pieces.push(`${counts.existing} existing`);
  if (counts.baselined > 0) pieces.push(`${counts.baselined} baselined`);
  if (counts.accepted > 0) pieces.push(`${counts.accepted} accepted`);
  return pieces.length === 0 ? 'no findings' : pieces.join(', ');
}

export function allFindings(report: CheckReport): CheckedFinding[] {
  return report.parts.flatMap((part) => part.findings);
}

export function failingCount(report: CheckReport): number {
  return allFindings(report).filter((finding) => finding.failing).length;
}

/** Problems the change introduced: what annotations and test reports show (a safe schema change is changelog, not a problem). */
export function isIntroduced(finding: CheckedFinding): boolean {
  if (finding.change !== undefined && !finding.change.breaking) return false;
  return finding.status === 'new' || finding.status === 'out-of-scope';
}

/** `1 breaking (1 failing), 1 accepted, 4 safe` */
function describeChanges(findings: readonly CheckedFinding[], counts: StatusCounts): string {
  const breaking = findings.filter((finding) => finding.change?.breaking === true && finding.status !== 'accepted').length;
  const safe = findings.filter((finding) => finding.change?.breaking !== true && finding.status !== 'accepted').length;
  const pieces: string[] = [];
  if (breaking > 0) pieces.push(`${breaking} breaking${counts.failing > 0 ? ` (${counts.failing} failing)` : ''}`);
  if (counts.accepted > 0) pieces.push(`${counts.accepted} accepted`);
  if (safe > 0) pieces.push(`${safe} safe`);
  return pieces.length === 0 ? 'no changes' : pieces.join(', ');
}
