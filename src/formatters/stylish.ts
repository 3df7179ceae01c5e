import type { Finding } from '../findings.js';
import { LEVELS, type Level } from '../levels.js';
import { displayPosition, groupByFile, sortedFindings } from './common.js';
import type { FormatContext } from './index.js';

interface Painter {
  file(text: string): string;
  level(level: Level, text: string): string;
  summary(worst: Level, text: string): string;
}

const PLAIN: Painter = {
  file: (text) => text,
  level: (_level, text) => text,
  summary: (_worst, text) => text,
};

const LEVEL_COLOR: Record<Level, string> = { error: '31', warning: '33', info: '34', hint: '90' };

const ANSI: Painter = {
  file: (text) => `\u001b[4m${text}\u001b[24m`,
  level: (level, text) => `\u001b[${LEVEL_COLOR[level]}m${text}\u001b[39m`,
  summary: (worst, text) => `\u001b[1m\u001b[${LEVEL_COLOR[worst]}m${text}\u001b[39m\u001b[22m`,
};

interface Row {
  position: string;
  level: Level;
  code: string;
  message: string;
}

/**
 * Spectral/ESLint-like text: a header per file, aligned
 * `line:col  level  code  message` rows (1-based), and a summary line.
 */
export function formatStylish(findings: readonly Finding[], context: Pick<FormatContext, 'color'>): string {
  const sorted = sortedFindings(findings);
  if (sorted.length === 0) return 'No problems found.\n';
  const paint = context.color === true ? ANSI : PLAIN;
  const lines: string[] = [];
  for (const [file, group] of groupByFile(sorted)) {
    lines.push(paint.file(oneLine(file)));
    const rows: Row[] = group.map((finding) => ({
      position: displayPosition(finding),
      level: finding.level,
      code: oneLine(finding.code),
      message: oneLine(finding.message),
    }));
    const positionWidth = Math.max(...rows.map((row) => row.position.length));
    const levelWidth = Math.max(...rows.map((row) => row.level.length));
    const codeWidth = Math.max(...rows.map((row) => row.code.length));
    for (const row of rows) {
      // Pad before painting so escape codes never count towards the width.
      const cells = [
        row.position.padEnd(positionWidth),
        paint.level(row.level, row.level.padEnd(levelWidth)),
        row.code.padEnd(codeWidth),
        row.message,
      ];
      lines.push(`  ${cells.join('  ')}`.trimEnd());
    }
    lines.push('');
  }
  lines.push(paint.summary(worstLevel(sorted), summaryLine(sorted)));
  return `${lines.join('\n')}\n`;
}

/**
 * One row per finding: line breaks would break the alignment, and control
 * characters (ESC above all) from a message must not reach the terminal.
 */
function oneLine(message: string): string {
  return message
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\u0000-\u001F\u007F-\u009F]/g, '')
    .trim();
}

function countLevels(findings: readonly Finding[]): Record<Level, number> {
  const counts: Record<Level, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const finding of findings) counts[finding.level] += 1;
  return counts;
}

function worstLevel(findings: readonly Finding[]): Level {
  const counts = countLevels(findings);
  return LEVELS.find((level) => counts[level] > 0) ?? 'hint';
}

const LEVEL_NOUN: Record<Level, [singular: string, plural: string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['info', 'info'],
  hint: ['hint', 'hints'],
};

function counted(count: number, [singular, plural]: [string, string]): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** `✖ 7 problems (2 errors, 3 warnings, 1 info, 1 hint)` */
export function summaryLine(findings: readonly Finding[]): string {
  const counts = countLevels(findings);
  const parts = LEVELS.map((level) => counted(counts[level], LEVEL_NOUN[level]));
  return `✖ ${counted(findings.length, ['problem', 'problems'])} (${parts.join(', ')})`;
}
