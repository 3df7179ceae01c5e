import { describe, expect, it } from 'vitest';
import { formatFindings } from '../../src/formatters/index.js';
import { formatJson } from '../../src/formatters/json.js';
import { CONTEXT, FINDINGS, NASTY_FINDING } from './fixtures.js';

describe('json', () => {
  it("writes Spectral's result shape plus level, pointer and the optional fields, in a stable key order", () => {
    const [propertyCasing, pathNoVerbs] = FINDINGS;
    expect(formatFindings([propertyCasing!, pathNoVerbs!], 'json', CONTEXT)).toBe(`[
  {
    "code": "path-no-verbs",
    "path": [
      "paths",
      "/v1/datasets/upload"
    ],
    "message": "Segment \`upload\` is a verb; use POST /v1/datasets.",
    "severity": 0,
    "range": {
      "start": {
        "line": 3,
        "character": 2
      },
      "end": {
        "line": 3,
        "character": 24
      }
    },
    "source": "openapi.yaml",
    "level": "error",
    "pointer": "/paths/~1v1~1datasets~1upload",
    "operations": [
      {
        "method": "post",
        "path": "/v1/datasets/upload"
      }
    ],
    "fingerprint": "fp-1",
    "docsUrl": "https://example.test/rules/path-no-verbs"
  },
  {
    "code": "property-casing",
    "path": [
      "components",
      "schemas",
      "Dataset",
      "properties",
      "createdAt"
    ],
    "message": "Property \`createdAt\` is camelCase; use \`created_at\`.",
    "severity": 1,
    "range": {
      "start": {
        "line": 19,
        "character": 8
      },
      "end": {
        "line": 19,
        "character": 17
      }
    },
    "source": "openapi.yaml",
    "level": "warning",
    "pointer": "/components/schemas/Dataset/properties/createdAt"
  }
]
`);
  });

  it('maps every level to Spectral severities 0–3', () => {
    const parsed = JSON.parse(formatJson(FINDINGS)) as Array<{ level: string; severity: number }>;
    expect(parsed.map(({ level, severity }) => [level, severity])).toEqual([
      ['error', 0],
      ['warning', 1],
      ['info', 2],
      ['hint', 3],
    ]);
  });

  it('does not depend on the key order of the producer', () => {
    const [, pathNoVerbs] = FINDINGS;
    const shuffled = Object.fromEntries(Object.entries(pathNoVerbs!).reverse()) as typeof pathNoVerbs;
    expect(formatJson([shuffled!])).toBe(formatJson([pathNoVerbs!]));
  });

  it('round-trips a message with characters that need escaping', () => {
    const [parsed] = JSON.parse(formatJson([NASTY_FINDING])) as Array<{ message: string; pointer: string; source: string }>;
    expect(parsed).toMatchObject({ message: NASTY_FINDING.message, pointer: '/paths/~1a~1b~0c', source: NASTY_FINDING.file });
  });

  it('writes an empty array for no findings', () => {
    expect(formatJson([])).toBe('[]\n');
  });
});
