import { resolve } from 'node:path';
import { toPointer, type Finding } from '../findings.js';
import { isAtLeast } from '../levels.js';
import { displayPosition, groupByFile, sortedFindings } from './common.js';
import type { FormatContext } from './index.js';

/** Characters XML 1.0 cannot carry at all, even escaped: stripped. */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXmlText(value: string): string {
  return value
    .replace(XML_INVALID, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
    // A parser turns a literal CR LF into LF; encoded, the message survives as written.
    .replaceAll('\r', '&#13;');
}

/** Attribute values also keep their tabs and line feeds, which a parser would otherwise normalize to spaces. */
export function escapeXmlAttribute(value: string): string {
  return escapeXmlText(value).replaceAll('\t', '&#9;').replaceAll('\n', '&#10;');
}

/**
 * Errors and warnings fail their test case; info and hint findings are
 * passing test cases with the finding in `<system-out>`, because GitLab and
 * Jenkins treat any failure as a red test and these must not be red.
 */
function isFailure(finding: Finding): boolean {
  return isAtLeast(finding.level, 'warning');
}

function details(finding: Finding): string {
  const lines = [`${finding.level} ${finding.code} at ${finding.file}:${displayPosition(finding)}`];
  if (finding.path.length > 0) lines.push(`pointer: ${toPointer(finding.path)}`);
  for (const operation of finding.operations ?? []) lines.push(`operation: ${operation.method.toUpperCase()} ${operation.path}`);
  if (finding.docsUrl !== undefined) lines.push(`docs: ${finding.docsUrl}`);
  lines.push(finding.message);
  return lines.join('\n');
}

function testCase(finding: Finding): string {
  const open = `    <testcase classname="${escapeXmlAttribute(finding.file)}" name="${escapeXmlAttribute(`${finding.code} ${displayPosition(finding)}`)}">`;
  const body = isFailure(finding)
    ? `      <failure message="${escapeXmlAttribute(finding.message)}" type="${finding.level}">${escapeXmlText(details(finding))}</failure>`
    : `      <system-out>${escapeXmlText(details(finding))}</system-out>`;
  return `${open}\n${body}\n    </testcase>`;
}

interface Suite {
  file: string;
  cases: string[];
  failures: number;
}

/**
 * JUnit XML: one `<testsuite>` per file, one `<testcase>` per finding, and one
 * passing test case for every clean file in `context.files`, so a clean run
 * still shows what was checked.
 */
export function formatJunit(findings: readonly Finding[], context: Pick<FormatContext, 'cwd' | 'files' | 'toolName'>): string {
  const toolName = context.toolName ?? 'apigov';
  const suites: Suite[] = [];
  const filesWithFindings = new Set<string>();
  for (const [file, group] of groupByFile(sortedFindings(findings))) {
    filesWithFindings.add(resolve(context.cwd, file));
    suites.push({ file, cases: group.map(testCase), failures: group.filter(isFailure).length });
  }
  const cleanFiles = [...new Set(context.files ?? [])].filter((file) => !filesWithFindings.has(resolve(context.cwd, file)));
  for (const file of cleanFiles) {
    const name = escapeXmlAttribute(toolName);
    suites.push({ file, cases: [`    <testcase classname="${escapeXmlAttribute(file)}" name="${name}"/>`], failures: 0 });
  }
  suites.sort((a, b) => a.file.localeCompare(b.file)); // the same order as compareFindings

  const tests = suites.reduce((sum, suite) => sum + suite.cases.length, 0);
  const failures = suites.reduce((sum, suite) => sum + suite.failures, 0);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXmlAttribute(toolName)}" tests="${tests}" failures="${failures}" errors="0">`,
  ];
  for (const suite of suites) {
    lines.push(`  <testsuite name="${escapeXmlAttribute(suite.file)}" tests="${suite.cases.length}" failures="${suite.failures}" errors="0">`);
    lines.push(...suite.cases);
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}
