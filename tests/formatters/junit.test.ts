import { describe, expect, it } from 'vitest';
import { formatFindings } from '../../src/formatters/index.js';
import { escapeXmlAttribute, escapeXmlText, formatJunit } from '../../src/formatters/junit.js';
import { CONTEXT, DOCUMENT_FINDING, FINDINGS, NASTY_FINDING } from './fixtures.js';
import { descendants, parseXml, type XmlElement } from './xml.js';

function attributes(elements: XmlElement[], ...names: string[]): string[][] {
  return elements.map((element) => names.map((name) => element.attributes[name] ?? '<none>'));
}

describe('junit', () => {
  it('writes one suite per file and one test case per finding; only errors and warnings fail', () => {
    const root = parseXml(formatFindings(FINDINGS, 'junit', CONTEXT));
    expect(root.name).toBe('testsuites');
    expect(root.attributes).toEqual({ name: 'apigov', tests: '4', failures: '2', errors: '0' });
    const suites = descendants(root, 'testsuite');
    expect(attributes(suites, 'name', 'tests', 'failures')).toEqual([
      ['openapi.yaml', '2', '2'],
      ['src/routes/datasets.ts', '2', '0'],
    ]);
    const cases = descendants(root, 'testcase');
    expect(attributes(cases, 'classname', 'name')).toEqual([
      ['openapi.yaml', 'path-no-verbs 4:3'],
      ['openapi.yaml', 'property-casing 20:9'],
      ['src/routes/datasets.ts', 'async-handler 10:1'],
      ['src/routes/datasets.ts', 'query-param-casing 12:5'],
    ]);
    const failures = descendants(root, 'failure');
    expect(attributes(failures, 'type', 'message')).toEqual([
      ['error', 'Segment `upload` is a verb; use POST /v1/datasets.'],
      ['warning', 'Property `createdAt` is camelCase; use `created_at`.'],
    ]);
    expect(failures[0]!.text).toBe(
      [
        'error path-no-verbs at openapi.yaml:4:3',
        'pointer: /paths/~1v1~1datasets~1upload',
        'operation: POST /v1/datasets/upload',
        'docs: https://example.test/rules/path-no-verbs',
        'Segment `upload` is a verb; use POST /v1/datasets.',
      ].join('\n'),
    );
    // Info and hint: passing test cases that carry the finding as output.
    const [info, hint] = cases.slice(2);
    expect(descendants(info!, 'failure')).toEqual([]);
    expect(descendants(info!, 'system-out')[0]!.text).toBe('info async-handler at src/routes/datasets.ts:10:1\nHandler is async under Express 4.');
    expect(descendants(hint!, 'system-out')[0]!.text).toContain('hint query-param-casing');
  });

  it('shows every clean file the caller checked as a passing test case', () => {
    const files = ['openapi.yaml', 'clean.yaml', './openapi.yaml', '/repo/other/clean.yaml'];
    const root = parseXml(formatJunit([FINDINGS[0]!], { ...CONTEXT, files }));
    expect(root.attributes).toMatchObject({ tests: '3', failures: '1' });
    const suites = descendants(root, 'testsuite');
    // `./openapi.yaml` is the file with the finding, named differently: not clean.
    expect(attributes(suites, 'name', 'tests', 'failures')).toEqual([
      ['/repo/other/clean.yaml', '1', '0'],
      ['clean.yaml', '1', '0'],
      ['openapi.yaml', '1', '1'],
    ]);
    const clean = descendants(suites[1]!, 'testcase');
    expect(attributes(clean, 'classname', 'name')).toEqual([['clean.yaml', 'apigov']]);
    expect(clean[0]!.children).toEqual([]);
  });

  it('is a valid, empty report for no findings and no files', () => {
    const output = formatJunit([], CONTEXT);
    expect(output).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="apigov" tests="0" failures="0" errors="0">\n</testsuites>\n');
    expect(parseXml(output).children).toEqual([]);
  });

  it('escapes markup and line breaks and strips characters XML cannot carry', () => {
    expect(escapeXmlText('a & b < c > d " e \' f\u0000\u0007\uFFFF g\n')).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f g\n');
    expect(escapeXmlAttribute('x\ty\r\nz')).toBe('x&#9;y&#13;&#10;z');
    // A lone surrogate is stripped; a pair (an emoji) is kept.
    expect(escapeXmlText('\uD800 \u{1F600}')).toBe(' \u{1F600}');

    const root = parseXml(formatJunit([NASTY_FINDING, DOCUMENT_FINDING], { ...CONTEXT, files: ['a&b<c>.yaml'] }));
    const [clean, document, nasty] = descendants(root, 'testsuite');
    expect(clean!.attributes['name']).toBe('a&b<c>.yaml');
    expect(descendants(document!, 'testcase')[0]!.attributes['name']).toBe('not-openapi 1:1');
    const testcase = descendants(nasty!, 'testcase')[0]!;
    expect(testcase.attributes).toEqual({ classname: 'specs/my api,v1:#1.yaml', name: 'odd:rule,x 1:1' });
    const failure = descendants(testcase, 'failure')[0]!;
    // The message survives the round trip, minus the BEL control character.
    expect(failure.attributes['message']).toBe('100% <bad> & "quoted" \'x\', a: b\r\nsecond line');
    expect(failure.text.endsWith('100% <bad> & "quoted" \'x\', a: b\r\nsecond line')).toBe(true);
  });

  it('does not depend on the input order', () => {
    const all = [...FINDINGS, NASTY_FINDING, DOCUMENT_FINDING];
    expect(formatJunit([...all].reverse(), CONTEXT)).toBe(formatJunit(all, CONTEXT));
  });
});

describe('the test XML parser', () => {
  it('rejects what a real parser would reject', () => {
    expect(() => parseXml('<a><b></a>')).toThrow();
    expect(() => parseXml('<a>x & y</a>')).toThrow();
    expect(() => parseXml('<a b="1" b="2"/>')).toThrow();
    expect(() => parseXml('<a>\u0007</a>')).toThrow();
    expect(() => parseXml('<a/><b/>')).toThrow();
    expect(parseXml('<a b="&lt;&#10;"><c/>t&amp;</a>')).toEqual({
      name: 'a',
      attributes: { b: '<\n' },
      children: [{ name: 'c', attributes: {}, children: [], text: '' }],
      text: 't&',
    });
  });
});
