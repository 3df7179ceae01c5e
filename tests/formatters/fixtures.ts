import type { Finding } from '../../src/findings.js';
import { UNKNOWN_RANGE } from '../../src/findings.js';
import type { FormatContext } from '../../src/formatters/index.js';

export const CWD = '/repo';

export const CONTEXT: FormatContext = {
  toolVersion: '0.1.0',
  cwd: CWD,
  rules: [
    { id: 'property-casing', description: 'Property names are snake_case.', level: 'warning' },
    { id: 'path-no-verbs', description: 'No verbs in paths.', level: 'error', helpUri: 'https://example.test/rules/path-no-verbs' },
  ],
};

/** Deliberately out of order: every format must sort. */
export const FINDINGS: Finding[] = [
  {
    code: 'property-casing',
    level: 'warning',
    message: 'Property `createdAt` is camelCase; use `created_at`.',
    file: 'openapi.yaml',
    path: ['components', 'schemas', 'Dataset', 'properties', 'createdAt'],
    range: { start: { line: 19, character: 8 }, end: { line: 19, character: 17 } },
    source: 'schema',
  },
  {
    code: 'path-no-verbs',
    level: 'error',
    message: 'Segment `upload` is a verb; use POST /v1/datasets.',
    file: 'openapi.yaml',
    path: ['paths', '/v1/datasets/upload'],
    range: { start: { line: 3, character: 2 }, end: { line: 3, character: 24 } },
    source: 'schema',
    operations: [{ method: 'post', path: '/v1/datasets/upload' }],
    fingerprint: 'fp-1',
    docsUrl: 'https://example.test/rules/path-no-verbs',
  },
  {
    code: 'query-param-casing',
    level: 'hint',
    message: 'Query parameter `returnUrl` is camelCase.',
    file: 'src/routes/datasets.ts',
    path: [],
    range: { start: { line: 11, character: 4 }, end: { line: 11, character: 13 } },
    source: 'code',
  },
  {
    code: 'async-handler',
    level: 'info',
    message: 'Handler is async under Express 4.',
    file: 'src/routes/datasets.ts',
    path: [],
    range: { start: { line: 9, character: 0 }, end: { line: 14, character: 1 } },
    source: 'code',
  },
];

/** A finding about a whole document: no position, no path. */
export const DOCUMENT_FINDING: Finding = {
  code: 'not-openapi',
  level: 'error',
  message: 'Not an OpenAPI document.',
  file: 'notes.yaml',
  path: [],
  range: UNKNOWN_RANGE,
  source: 'schema',
};

/** Everything that needs escaping somewhere: `%`, CR/LF, `<`, `&`, quotes, `,`, `:`, a control character. */
export const NASTY_FINDING: Finding = {
  code: 'odd:rule,x',
  level: 'warning',
  message: '100% <bad> & "quoted" \'x\', a: b\r\nsecond line\u0007',
  file: 'specs/my api,v1:#1.yaml',
  path: ['paths', '/a/b~c'],
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } },
  source: 'schema',
};
