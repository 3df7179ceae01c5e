import type { Finding } from '../findings.js';
import type { Level } from '../levels.js';
import { hasPosition, locateFile, oneBasedRegion, sortedFindings, toForwardSlashes } from './common.js';
import type { FormatContext } from './index.js';

type AnnotationCommand = 'error' | 'warning' | 'notice';

/** GitHub has three annotation kinds; info and hint are both notices. */
const COMMAND: Record<Level, AnnotationCommand> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** Escaping of a workflow command's message (what follows `::`). */
export function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escaping of a workflow command property value (`file=`, `title=` …). */
export function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** GitHub Actions workflow commands, one line per finding. */
export function formatGithub(findings: readonly Finding[], context: Pick<FormatContext, 'cwd'>): string {
  return sortedFindings(findings)
    .map((finding) => `${annotation(finding, context.cwd)}\n`)
    .join('');
}

function annotation(finding: Finding, cwd: string): string {
  const location = locateFile(finding.file, cwd);
  // GitHub matches annotations to files by their path in the workspace.
  const file = location.inside ? location.relativePath : toForwardSlashes(finding.file);
  const properties: Array<[string, string]> = [['file', file]];
  if (hasPosition(finding)) {
    const region = oneBasedRegion(finding);
    properties.push(
      ['line', String(region.startLine)],
      ['col', String(region.startColumn)],
      ['endLine', String(region.endLine)],
      ['endColumn', String(region.endColumn)],
    );
  } else {
    properties.push(['line', '1']);
  }
  properties.push(['title', finding.code]);
  const rendered = properties.map(([name, value]) => `${name}=${escapeProperty(value)}`).join(',');
  return `::${COMMAND[finding.level]} ${rendered}::${escapeData(finding.message)}`;
}
