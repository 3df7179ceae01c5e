import type { DiffFinding } from '../policy/model.js';
import { beforeAfter, countFindings, groupByOperation, plain, plural, where, type DiffReportContext } from './diff-common.js';

/** The default `apigov diff` output: breaking changes with their fix, then the safe ones, one line each. */
export function formatDiffText(findings: readonly DiffFinding[], context: DiffReportContext): string {
  const counts = countFindings(findings, context);
  const lines: string[] = [`apigov diff ${plain(context.baseName)} → ${plain(context.revisionName)}`];
  if (findings.length === 0) {
    lines.push('no changes to the API');
    return `${lines.join('\n')}\n`;
  }
  const breaking = findings.filter((finding) => finding.breaking && finding.accepted === undefined);
  const accepted = findings.filter((finding) => finding.accepted !== undefined);
  const safe = findings.filter((finding) => !finding.breaking && finding.accepted === undefined);
  for (const [operation, group] of groupByOperation(breaking)) {
    lines.push('', plain(operation));
    for (const finding of group) {
      lines.push(`  ${finding.level.padEnd(7)} ${finding.code}  ${plain(finding.message)}`);
      const location = finding.revision ?? finding.base;
      const base = finding.revision !== undefined && finding.base !== undefined ? `  (base ${plain(where(finding.base))})` : '';
      lines.push(`          at ${plain(where(location))}${base}`);
      const change = beforeAfter(finding);
      if (change !== '') lines.push(`          ${plain(change)}`);
      for (const note of finding.notes) lines.push(`          ${plain(note)}`);
      lines.push(`          fix: ${finding.mitigation}`);
      lines.push(`          fingerprint ${finding.fingerprint ?? ''}`);
    }
  }
  if (accepted.length > 0) {
    lines.push('', 'accepted:');
    for (const finding of accepted) {
      lines.push(`  ${finding.code}  ${plain(finding.message)}  [${finding.fingerprint ?? ''}: ${plain(finding.accepted?.reason ?? '')}]`);
    }
  }
  if (safe.length > 0) {
    lines.push('', 'safe changes:');
    for (const finding of safe) {
      const note = finding.notes.length > 0 ? `  (${plain(finding.notes.join('; '))})` : '';
      lines.push(`  ${finding.level.padEnd(7)} ${finding.code}  ${plain(finding.message)}${note}`);
    }
  }
  lines.push(
    '',
    `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.safe, 'safe change')}, ${counts.accepted} accepted` +
      (counts.failing > 0 ? ` — the gate fails (${counts.failing})` : ' — the gate passes'),
  );
  return `${lines.join('\n')}\n`;
}
