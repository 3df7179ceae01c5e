import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isSeq, parseDocument, type Node } from 'yaml';
import { locateJsonPaths, pathKey } from '../../src/load/json-locator.js';

/** Every path in a parsed document with its value's span, from the `yaml` parser (JSON is YAML): an independent reference. */
function referenceSpans(text: string): Map<string, { start: number; end: number }> {
  const spans = new Map<string, { start: number; end: number }>();
  const visit = (node: Node | null | undefined, path: string[]): void => {
    if (node == null || node.range == null) return;
    spans.set(JSON.stringify(path), { start: node.range[0], end: node.range[1] });
    if (isMap(node)) for (const pair of node.items) visit(pair.value as Node, [...path, String((pair.key as { value: unknown }).value)]);
    if (isSeq(node)) node.items.forEach((item, position) => visit(item as Node, [...path, String(position)]));
  };
  visit(parseDocument(text).contents as Node, []);
  return spans;
}

// keys and strings with quotes, backslashes and unicode escapes: what trips a scanner that skips strings
const awkwardString = fc.oneof(fc.string(), fc.constantFrom('"', '\\', '\\"', 'a\\\\', '{', '}]', '\u2028', '😀'));
const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.integer(), fc.boolean(), fc.constant(null), awkwardString, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(awkwardString, tie('value'), { maxKeys: 4 }),
})).value;

describe('locateJsonPaths', () => {
  it('finds every value where an independent parser does, at any indentation', () => {
    fc.assert(
      fc.property(json, fc.constantFrom(0, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const reference = referenceSpans(text);
        const paths = [...reference.keys()].map((key) => JSON.parse(key) as string[]);
        const located = locateJsonPaths(text, paths);
        for (const [key, span] of reference) {
          const found = located.get(key);
          expect(found?.start).toBe(span.start);
          expect(text.slice(found?.start, found?.end).trim()).toBe(text.slice(span.start, span.end).trim());
        }
      }),
      { numRuns: 300 },
    );
  });

  it('locates a batch of deep paths past large skipped values with escaped quotes', () => {
    const skipped = { note: 'a "quoted" \\ value', list: [{ x: '}' }, ['[', ']']], more: 'x'.repeat(1000) };
    const document = { a: skipped, b: { c: [1, { d: 'found' }] }, e: skipped };
    const text = JSON.stringify(document, null, 2);
    const spans = locateJsonPaths(text, [['b', 'c', 1, 'd'], ['e', 'more'], ['missing', 'deeper']]);
    const found = spans.get(pathKey(['b', 'c', 1, 'd']));
    expect(text.slice(found?.start, found?.end)).toBe('"found"');
    expect(text.slice(spans.get(pathKey(['e', 'more']))?.start ?? 0, (spans.get(pathKey(['e', 'more']))?.start ?? 0) + 4)).toBe('"xxx');
    // a path that is not there points at the closest value that is: here the whole document
    expect(spans.get(pathKey(['missing', 'deeper']))?.start).toBe(0);
  });
});
