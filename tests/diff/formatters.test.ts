import { describe, expect, it } from 'vitest';
import { formatDiffJson } from '../../src/formatters/diff-json.js';
import { formatDiffMarkdown, MARKDOWN_MARKER } from '../../src/formatters/diff-markdown.js';
import { formatDiffText } from '../../src/formatters/diff-text.js';
import { failingFindings } from '../../src/policy/index.js';
import { compareTexts } from '../helpers/diff.js';

const base = `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /v1/items:
    get:
      parameters:
        - { name: q, in: query, schema: { type: string } }
      responses: { '200': { description: OK } }
`;
const revision = `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /v1/items:
    get:
      parameters:
        - { name: q, in: query, required: true, schema: { type: string } }
        - { name: page, in: query, schema: { type: integer } }
      responses: { '200': { description: OK } }
`;

async function report(): Promise<{ findings: Awaited<ReturnType<typeof compareTexts>>['findings']; context: Parameters<typeof formatDiffText>[1] }> {
  const { findings } = await compareTexts(base, revision);
  return { findings, context: { baseName: 'base.yaml', revisionName: 'revision.yaml', failing: new Set(failingFindings(findings, 'error')) } };
}

describe('diff renderers', () => {
  it('text: breaking changes with location, version advice and fix; safe ones one line each', async () => {
    const { findings, context } = await report();
    const fingerprint = findings.find((finding) => finding.code === 'request-parameter-became-required')?.fingerprint ?? '';
    expect(formatDiffText(findings, context)).toBe(
      [
        'apigov diff base.yaml → revision.yaml',
        '',
        'GET /v1/items',
        '  error   request-parameter-became-required  the query parameter q of GET /v1/items became required',
        '          at revision.yaml:7:11  (base base.yaml:7:11)',
        '          needs /v2/: add the new shape under /v2/items and leave /v1/ as it was',
        '          fix: Keep it optional and apply a default server-side, or make it required under the next API version.',
        `          fingerprint ${fingerprint}`,
        '',
        'safe changes:',
        '  info    request-parameter-added-optional  the optional query parameter page was added to GET /v1/items',
        '',
        '1 error, 0 warnings, 1 safe change, 0 accepted — the gate fails (1)',
        '',
      ].join('\n'),
    );
  });

  it('markdown: marker, summary, a table per operation, safe changes folded away', async () => {
    const { findings, context } = await report();
    const text = formatDiffMarkdown(findings, context);
    const lines = text.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      MARKDOWN_MARKER,
      '## API changes',
      '',
      '**1 breaking change fails the gate.** 1 error, 0 warnings, 1 safe change, 0 accepted.',
      '',
      'Comparing `base.yaml` → `revision.yaml`.',
      '',
    ]);
    expect(text).toContain('#### `GET /v1/items`');
    expect(text).toMatch(/\| error \| the query parameter q of GET \/v1\/items became required \(`request-parameter-became-required`\) \| {2}\| An optional parameter became required/);
    expect(text).toContain('<details><summary>1 safe change</summary>');
    expect(text).toContain('- the optional query parameter page was added to GET /v1/items (`request-parameter-added-optional`)');
    expect(text.trimEnd().endsWith('</details>')).toBe(true);
  });

  it('markdown: escapes table-breaking characters that come from the document', async () => {
    const { findings } = await compareTexts(base, revision.replace('name: page', "name: 'a|b<script>'"));
    const text = formatDiffMarkdown(findings, { baseName: 'base.yaml', revisionName: 'revision.yaml', failing: new Set() });
    expect(text).toContain('a\\|b&lt;script>');
    expect(text).not.toContain('<script>');
  });

  it('json: the documented fields for every finding', async () => {
    const { findings } = await report();
    const list = JSON.parse(formatDiffJson(findings)) as Array<Record<string, unknown>>;
    expect(list.map((entry) => Object.keys(entry).slice(0, 7))).toEqual([
      ['id', 'level', 'message', 'operation', 'base', 'revision', 'fingerprint'],
      ['id', 'level', 'message', 'operation', 'base', 'revision', 'fingerprint'],
    ]);
    expect(list[0]).toMatchObject({ id: 'request-parameter-added-optional', level: 'info', base: null, revision: { file: 'revision.yaml', line: 8 } });
  });

  it('text: says when there is nothing to report', () => {
    expect(formatDiffText([], { baseName: 'a', revisionName: 'b', failing: new Set() })).toBe('apigov diff a → b\nno changes to the API\n');
  });
});
