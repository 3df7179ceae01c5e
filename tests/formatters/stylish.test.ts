import { describe, expect, it } from 'vitest';
import { formatFindings } from '../../src/formatters/index.js';
import { formatStylish } from '../../src/formatters/stylish.js';
import { CONTEXT, DOCUMENT_FINDING, FINDINGS, NASTY_FINDING } from './fixtures.js';

describe('stylish', () => {
  it('groups by file, aligns 1-based rows and sums up by level', () => {
    expect(formatFindings(FINDINGS, 'stylish', CONTEXT)).toBe(
      [
        'openapi.yaml',
        '  4:3   error    path-no-verbs    Segment `upload` is a verb; use POST /v1/datasets.',
        '  20:9  warning  property-casing  Property `createdAt` is camelCase; use `created_at`.',
        '',
        'src/routes/datasets.ts',
        '  10:1  info  async-handler       Handler is async under Express 4.',
        '  12:5  hint  query-param-casing  Query parameter `returnUrl` is camelCase.',
        '',
        '✖ 4 problems (1 error, 1 warning, 1 info, 1 hint)',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to report', () => {
    expect(formatStylish([], CONTEXT)).toBe('No problems found.\n');
  });

  it('pluralizes the summary', () => {
    const output = formatStylish([FINDINGS[1]!, FINDINGS[1]!, DOCUMENT_FINDING, FINDINGS[0]!], CONTEXT);
    expect(output.trimEnd().split('\n').at(-1)).toBe('✖ 4 problems (3 errors, 1 warning, 0 info, 0 hints)');
    expect(formatStylish([FINDINGS[0]!], CONTEXT)).toContain('✖ 1 problem (0 errors, 1 warning, 0 info, 0 hints)');
  });

  it('writes no ANSI codes unless color is asked for', () => {
    expect(formatStylish(FINDINGS, CONTEXT)).not.toContain('\u001b');
    expect(formatStylish(FINDINGS, { ...CONTEXT, color: false })).not.toContain('\u001b');
    const colored = formatStylish(FINDINGS, { ...CONTEXT, color: true });
    expect(colored).toContain('\u001b[31merror  \u001b[39m');
    // Without the codes, the colored output is the plain one: alignment ignores escape codes.
    expect(colored.replace(/\u001b\[\d+m/g, '')).toBe(formatStylish(FINDINGS, CONTEXT));
  });

  it('keeps each finding on one row and lets no control character through', () => {
    const output = formatStylish([NASTY_FINDING, { ...NASTY_FINDING, message: 'evil \u001b[2J clear' }], CONTEXT);
    expect(output).toBe(
      [
        'specs/my api,v1:#1.yaml',
        '  1:1  warning  odd:rule,x  100% <bad> & "quoted" \'x\', a: b second line',
        '  1:1  warning  odd:rule,x  evil [2J clear',
        '',
        '✖ 2 problems (0 errors, 2 warnings, 0 info, 0 hints)',
        '',
      ].join('\n'),
    );
  });

  it('does not depend on the input order', () => {
    expect(formatStylish([...FINDINGS].reverse(), CONTEXT)).toBe(formatStylish(FINDINGS, CONTEXT));
  });
});
