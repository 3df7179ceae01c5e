import type { CheckReport } from '../check/run-check.js';
import { PART_TITLES, countStatuses, describeCounts, failingCount } from '../check/summary.js';
import type { CheckedFinding, PartResult } from '../check/types.js';
import { compareFindings } from '../findings.js';
import { absoluteDocsUrl } from '../check/rule-descriptors.js';
import { displayPosition } from './common.js';

/** A CI step finds the comment it posted before by this marker and edits it instead of adding another. */
export const CHECK_COMMENT_MARKER = '<!-- apigov-check -->';

export interface CheckMarkdownOptions {
  /** Prefix for relative rule documentation links (`https://github.com/org/apigov/blob/main/`). */
  docsBaseUrl?: string;
}

function cell(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replaceAll('|', '\\|').replaceAll('<', '&lt;').replaceAll('>', '&gt;').trim();
}

function code(text: string): string {
  return `\`${text.replaceAll('`', "'")}\``;
}

function ruleCell(finding: CheckedFinding, options: CheckMarkdownOptions): string {
  const url = finding.finding.docsUrl;
  if (url === undefined) return code(finding.finding.code);
  const absolute = absoluteDocsUrl(url, options.docsBaseUrl);
  return absolute === undefined ? code(finding.finding.code) : `[${code(finding.finding.code)}](${absolute})`;
}

function whereCell(finding: CheckedFinding): string {
  const operations = finding.finding.operations ?? [];
  const where = code(`${finding.finding.file}:${displayPosition(finding.finding).split(':')[0] ?? '1'}`);
  if (operations.length === 0) return where;
  return `${where} (${cell(operations.map((op) => `${op.method.toUpperCase()} ${op.path}`).join(', '))})`;
}

function table(findings: readonly CheckedFinding[], options: CheckMarkdownOptions): string[] {
  const rows = ['| Level | Rule | Where | Message |', '| --- | --- | --- | --- |'];
  for (const finding of [...findings].sort((a, b) => compareFindings(a.finding, b.finding))) {
    const level = finding.failing ? `**${finding.finding.level}**` : finding.finding.level;
    rows.push(`| ${level} | ${ruleCell(finding, options)} | ${whereCell(finding)} | ${cell(finding.finding.message)} |`);
  }
  return rows;
}

function changeTable(findings: readonly CheckedFinding[]): string[] {
  const rows = ['| Level | Operation | Change | Before → after | Fix |', '| --- | --- | --- | --- | --- |'];
  for (const finding of [...findings].sort((a, b) => compareFindings(a.finding, b.finding))) {
    const change = finding.change;
    if (change === undefined) continue;
    const level = finding.failing ? `**${finding.finding.level}**` : finding.finding.level;
    const beforeAfter = change.before === undefined && change.after === undefined ? '' : `${code(change.before ?? '–')} → ${code(change.after ?? '–')}`;
    rows.push(`| ${level} | ${cell(change.operation)} | ${code(finding.finding.code)}: ${cell(finding.finding.message)} | ${cell(beforeAfter)} | ${cell(change.fix)} |`);
  }
  return rows;
}

function diffSection(part: PartResult): string[] {
  const lines = ['', `### ${PART_TITLES[part.part]}`, ''];
  const breaking = part.findings.filter((finding) => finding.change?.breaking === true && finding.status !== 'accepted');
  const accepted = part.findings.filter((finding) => finding.status === 'accepted');
  const safe = part.findings.filter((finding) => finding.change?.breaking !== true && finding.status !== 'accepted');
  if (breaking.length > 0) lines.push(...changeTable(breaking));
  else lines.push('No breaking changes.');
  if (accepted.length > 0) lines.push('', ...folded(`${accepted.length} accepted breaking change${accepted.length === 1 ? '' : 's'}`, changeTable(accepted)));
  if (safe.length > 0) lines.push('', ...folded(`${safe.length} safe change${safe.length === 1 ? '' : 's'}`, changeTable(safe)));
  if (part.notices.length > 0) lines.push('', ...part.notices.map((notice) => `> ${cell(notice)}`));
  return lines;
}

function folded(summary: string, body: string[]): string[] {
  return ['<details>', `<summary>${summary}</summary>`, '', ...body, '', '</details>'];
}

function partSection(part: PartResult, options: CheckMarkdownOptions): string[] {
  if (part.state !== 'ran' || (part.findings.length === 0 && part.notices.length === 0)) return [];
  if (part.part === 'diff') return diffSection(part);
  const lines = ['', `### ${PART_TITLES[part.part]}`, ''];
  const introduced = part.findings.filter((finding) => finding.status === 'new');
  const outside = part.findings.filter((finding) => finding.status === 'out-of-scope');
  const old = part.findings.filter((finding) => finding.status === 'existing' || finding.status === 'baselined' || finding.status === 'accepted');
  if (introduced.length > 0) lines.push(...table(introduced, options));
  else lines.push('No new findings.');
  if (outside.length > 0) lines.push('', ...folded(`${outside.length} new, on operations \`lint.mode\` leaves alone`, table(outside, options)));
  if (old.length > 0) lines.push('', ...folded(`${old.length} existing (not failing)`, table(old, options)));
  if (part.notices.length > 0) lines.push('', ...part.notices.map((notice) => `> ${cell(notice)}`));
  return lines;
}

/**
 * The PR comment for reviewers: the verdict, one table row per part, then per
 * part the new findings, with old ones folded away. Pure: posting it is the CI
 * step's business.
 */
export function formatCheckMarkdown(report: CheckReport, options: CheckMarkdownOptions = {}): string {
  const failing = failingCount(report);
  const verdict = report.passed ? '### ✅ apigov check passed' : `### ❌ apigov check failed: ${failing} failing finding${failing === 1 ? '' : 's'}`;
  const against = report.base === undefined ? 'No base revision: every finding was judged.' : `Compared with ${code(report.base.ref)} at ${code(report.base.commit.slice(0, 12))}.`;
  const lines = [CHECK_COMMENT_MARKER, verdict, '', against, '', '| Part | Result | Failing |', '| --- | --- | --- |'];
  for (const part of report.parts) {
    const counts = countStatuses(part.findings);
    lines.push(`| ${PART_TITLES[part.part]} | ${cell(describeCounts(part))} | ${part.state === 'ran' ? String(counts.failing) : '–'} |`);
  }
  if (report.baseline.file !== undefined) lines.push('', `Baseline ${code(report.baseline.file)}: ${report.baseline.size} finding${report.baseline.size === 1 ? '' : 's'}.`);
  for (const part of report.parts) lines.push(...partSection(part, options));
  return `${lines.join('\n')}\n`;
}
