import type { DiffFinding } from '../policy/model.js';
import { beforeAfter, countFindings, groupByOperation, plural, type DiffReportContext } from './diff-common.js';

/** A CI step looks for this line to update its comment instead of adding one per push. */
export const MARKDOWN_MARKER = '<!-- apigov-diff-report -->';

function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;');
}

function code(text: string): string {
  return text === '' ? '' : `\`${text.replace(/`/g, "'")}\``;
}

function fix(finding: DiffFinding): string {
  const parts: string[] = [];
  if (finding.nextVersion !== undefined) {
    parts.push(`Add the new shape under ${code(finding.nextVersion.path)}; keep \`/v${finding.nextVersion.current}/\` as it was.`);
  }
  parts.push(finding.mitigation);
  parts.push(`Or accept it: fingerprint ${code(finding.fingerprint ?? '')} in \`apigov-accepted.yaml\`.`);
  return parts.join(' ');
}

/** The PR comment: summary, breaking changes by operation with the fix, then the safe ones folded away. */
export function formatDiffMarkdown(findings: readonly DiffFinding[], context: DiffReportContext): string {
  const counts = countFindings(findings, context);
  const lines: string[] = [MARKDOWN_MARKER, '## API changes', ''];
  const verdict = counts.failing > 0 ? `**${plural(counts.failing, 'breaking change')} fail${counts.failing === 1 ? 's' : ''} the gate.**` : 'No breaking change fails the gate.';
  lines.push(
    `${verdict} ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.safe, 'safe change')}, ${counts.accepted} accepted.`,
    '',
    `Comparing ${code(context.baseName)} → ${code(context.revisionName)}.`,
  );
  const breaking = findings.filter((finding) => finding.breaking && finding.accepted === undefined);
  if (breaking.length > 0) {
    lines.push('', '### Breaking changes');
    for (const [operation, group] of groupByOperation(breaking)) {
      lines.push('', `#### ${code(operation)}`, '', '| Level | Change | Before → after | Why it breaks clients | Fix |', '| --- | --- | --- | --- | --- |');
      for (const finding of group) {
        const why = [finding.description, ...finding.notes.filter((note) => !note.startsWith('needs /v'))].join(' ');
        lines.push(
          `| ${finding.level} | ${cell(finding.message)} (${code(finding.code)}) | ${cell(beforeAfter(finding))} | ${cell(why)} | ${cell(fix(finding))} |`,
        );
      }
    }
  }
  const accepted = findings.filter((finding) => finding.accepted !== undefined);
  if (accepted.length > 0) {
    lines.push('', '### Accepted breaking changes', '');
    for (const finding of accepted) {
      lines.push(`- ${cell(finding.message)} (${code(finding.code)}, ${code(finding.fingerprint ?? '')}): ${cell(finding.accepted?.reason ?? '')}`);
    }
  }
  const safe = findings.filter((finding) => !finding.breaking && finding.accepted === undefined);
  if (safe.length > 0) {
    lines.push('', `<details><summary>${plural(safe.length, 'safe change')}</summary>`, '');
    for (const finding of safe) {
      const note = finding.notes.length > 0 ? ` (${cell(finding.notes.join('; '))})` : '';
      lines.push(`- ${cell(finding.message)} (${code(finding.code)})${note}`);
    }
    lines.push('', '</details>');
  }
  return `${lines.join('\n')}\n`;
}
