import type { DiffFinding, DiffSideLocation } from '../policy/model.js';

export interface DiffReportContext {
  baseName: string;
  revisionName: string;
  /** The findings that fail the gate (the policy decided; formatters only show it). */
  failing: ReadonlySet<DiffFinding>;
}

export interface DiffCounts {
  errors: number;
  warnings: number;
  safe: number;
  accepted: number;
  failing: number;
}

export function countFindings(findings: readonly DiffFinding[], context: DiffReportContext): DiffCounts {
  const counts: DiffCounts = { errors: 0, warnings: 0, safe: 0, accepted: 0, failing: context.failing.size };
  for (const finding of findings) {
    if (finding.accepted !== undefined) counts.accepted += 1;
    else if (finding.level === 'error') counts.errors += 1;
    else if (finding.level === 'warning') counts.warnings += 1;
    else counts.safe += 1;
  }
  return counts;
}

export function operationLabel(finding: DiffFinding): string {
  return `${finding.operation.method} ${finding.operation.path}`;
}

/** Findings grouped by operation, in first-seen order. */
export function groupByOperation(findings: readonly DiffFinding[]): Map<string, DiffFinding[]> {
  const groups = new Map<string, DiffFinding[]>();
  for (const finding of findings) {
    const key = operationLabel(finding);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [finding]);
    else group.push(finding);
  }
  return groups;
}

export function where(location: DiffSideLocation | undefined): string {
  return location === undefined ? '' : `${location.file}:${location.line}:${location.column}`;
}

export function showValue(value: unknown): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** `before → after`, or the one side there is. */
export function beforeAfter(finding: DiffFinding): string {
  const before = showValue(finding.before);
  const after = showValue(finding.after);
  if (before === '' && after === '') return '';
  return `${before === '' ? '—' : before} → ${after === '' ? '—' : after}`;
}

/** Strips terminal control characters from text that came from a document. */
export function plain(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
