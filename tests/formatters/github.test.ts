import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../src/formatters/github.js';
import { formatFindings } from '../../src/formatters/index.js';
import { CONTEXT, DOCUMENT_FINDING, FINDINGS, NASTY_FINDING } from './fixtures.js';

describe('github', () => {
  it('writes one workflow command per finding, info and hint as notices', () => {
    expect(formatFindings(FINDINGS, 'github', CONTEXT)).toBe(
      [
        '::error file=openapi.yaml,line=4,col=3,endLine=4,endColumn=25,title=path-no-verbs::Segment `upload` is a verb; use POST /v1/datasets.',
        '::warning file=openapi.yaml,line=20,col=9,endLine=20,endColumn=18,title=property-casing::Property `createdAt` is camelCase; use `created_at`.',
        '::notice file=src/routes/datasets.ts,line=10,col=1,endLine=15,endColumn=2,title=async-handler::Handler is async under Express 4.',
        '::notice file=src/routes/datasets.ts,line=12,col=5,endLine=12,endColumn=14,title=query-param-casing::Query parameter `returnUrl` is camelCase.',
        '',
      ].join('\n'),
    );
  });

  it('escapes messages and properties the way the runner decodes them', () => {
    expect(escapeData('100%\r\na: b, c')).toBe('100%25%0D%0Aa: b, c');
    expect(escapeProperty('100%\r\na: b, c')).toBe('100%25%0D%0Aa%3A b%2C c');
    expect(formatGithub([NASTY_FINDING], CONTEXT)).toBe(
      '::warning file=specs/my api%2Cv1%3A#1.yaml,line=1,col=1,endLine=1,endColumn=6,title=odd%3Arule%2Cx::' +
        '100%25 <bad> & "quoted" \'x\', a: b%0D%0Asecond line\u0007\n',
    );
  });

  it('makes paths relative to cwd and keeps outside files as given', () => {
    const absolute = { ...FINDINGS[0]!, file: '/repo/schemas/openapi.yaml' };
    const outside = { ...FINDINGS[0]!, file: '/elsewhere/openapi.yaml' };
    const dotted = { ...FINDINGS[0]!, file: './schemas/other.yaml' };
    const lines = formatGithub([absolute, outside, dotted], CONTEXT).trimEnd().split('\n');
    expect(lines.map((line) => /file=([^,]*)/.exec(line)?.[1])).toEqual(['schemas/other.yaml', '/elsewhere/openapi.yaml', 'schemas/openapi.yaml']);
  });

  it('annotates line 1 of the file for a finding without a position', () => {
    expect(formatGithub([DOCUMENT_FINDING], CONTEXT)).toBe('::error file=notes.yaml,line=1,title=not-openapi::Not an OpenAPI document.\n');
  });

  it('writes nothing for no findings', () => {
    expect(formatGithub([], CONTEXT)).toBe('');
  });
});
