import type { CheckReport } from '../check/run-check.js';
import { PART_TITLES, describeCounts, failingCount, allFindings } from '../check/summary.js';
import type { CheckedFinding } from '../check/types.js';
import { compareFindings } from '../findings.js';
import { displayPosition } from './common.js';

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\u0000-\u001F\u007F-\u009F]/g, '').trim();
}

function verdictLine(report: CheckReport): string {
  const failing = failingCount(report);
  const against = report.base === undefined ? 'no base revision' : `against ${report.base.ref}, merge base ${report.base.commit.slice(0, 12)}`;
  return report.passed
    ? `apigov check: passed (${against})`
    : `apigov check: FAILED, ${failing} failing finding${failing === 1 ? '' : 's'} (${against})`;
}

function statusLabel(finding: CheckedFinding): string {
  if (finding.failing) return 'FAIL';
  return finding.status === 'out-of-scope' ? 'new (outside lint.mode)' : finding.status;
}

/**
 * The console report: the verdict and one line per part first, so the answer
 * is on screen before the details; then the findings grouped by file.
 */
export function formatCheckConsole(report: CheckReport): string {
  const lines: string[] = [verdictLine(report), ''];
  const titleWidth = Math.max(...report.parts.map((part) => PART_TITLES[part.part].length));
  for (const part of report.parts) lines.push(`  ${PART_TITLES[part.part].padEnd(titleWidth)}  ${oneLine(describeCounts(part))}`);
  if (report.baseline.file !== undefined) lines.push('', `  baseline: ${report.baseline.file}, ${report.baseline.size} finding${report.baseline.size === 1 ? '' : 's'}`);
  const findings = allFindings(report).sort((a, b) => compareFindings(a.finding, b.finding));
  const byFile = new Map<string, CheckedFinding[]>();
  for (const finding of findings) {
    const group = byFile.get(finding.finding.file);
    if (group === undefined) byFile.set(finding.finding.file, [finding]);
    else group.push(finding);
  }
  for (const [file, group] of byFile) {
    lines.push('', oneLine(file));
    const rows = group.map((finding) => [
      displayPosition(finding.finding),
      finding.finding.level,
      statusLabel(finding),
      oneLine(finding.finding.code),
      oneLine(finding.finding.message),
    ]);
    const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
    for (const row of rows) lines.push(`  ${row.map((cell, column) => (column < 4 ? cell.padEnd(widths[column] ?? 0) : cell)).join('  ')}`.trimEnd());
  }
  const notices = report.parts.flatMap((part) => part.notices);
  if (notices.length > 0) {
    lines.push('', 'notices:');
    for (const notice of notices) lines.push(`  - ${oneLine(notice)}`);
  }
  return `${lines.join('\n')}\n`;
}
