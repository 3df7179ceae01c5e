import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, formatFindings, isFormatName } from '../../src/formatters/index.js';
import { CONTEXT, DOCUMENT_FINDING, FINDINGS, NASTY_FINDING } from './fixtures.js';

describe('formatFindings', () => {
  it('knows the five formats', () => {
    expect(FORMAT_NAMES).toEqual(['stylish', 'json', 'sarif', 'github', 'junit']);
    expect(FORMAT_NAMES.every(isFormatName)).toBe(true);
    expect(isFormatName('markdown')).toBe(false);
  });

  it.each(FORMAT_NAMES)('%s: handles no findings and ends with a newline (or is empty)', (format) => {
    const output = formatFindings([], format, CONTEXT);
    expect(output === '' || output.endsWith('\n')).toBe(true);
  });

  it.each(FORMAT_NAMES)('%s: is deterministic whatever the input order, and does not mutate the input', (format) => {
    const findings = [NASTY_FINDING, ...FINDINGS, DOCUMENT_FINDING];
    const before = JSON.stringify(findings);
    const output = formatFindings(findings, format, CONTEXT);
    expect(JSON.stringify(findings)).toBe(before);
    expect(formatFindings([...findings].reverse(), format, CONTEXT)).toBe(output);
  });

  it('throws for a format that does not exist', () => {
    expect(() => formatFindings(FINDINGS, 'markdown' as never, CONTEXT)).toThrow('unknown format: markdown');
  });
});
