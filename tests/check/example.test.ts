import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

interface Report {
  passed: boolean;
  parts: Array<{ part: string; state: string; findings: Array<{ code: string; status: string; failing: boolean; message: string; source: string }> }>;
}

describe('the bundled example as a pull request', () => {
  it('fails on the new verb path and the removed field, and reports the old camelCase names as existing', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'fixtures', 'example', 'run-check.mjs'), '--format', 'json'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    const summary = report.parts.map((part) => ({
      part: part.part,
      state: part.state,
      findings: part.findings.map((finding) => `${finding.status}${finding.failing ? '!' : ''} ${finding.code} ${finding.source}`),
    }));
    expect(summary.find((part) => part.part === 'schema-lint')).toEqual({
      part: 'schema-lint',
      state: 'ran',
      findings: ['existing query-param-casing schemas/openapi.yaml', 'new! path-no-verbs schemas/openapi.yaml', 'existing property-casing schemas/openapi.yaml'],
    });
    expect(summary.find((part) => part.part === 'code-lint')).toEqual({
      part: 'code-lint',
      state: 'ran',
      findings: ['new! apigov/query-param-casing src/routes/books.ts'],
    });
    // isbn left Book, which three operations return: each is a breaking change under /v1/.
    expect(summary.find((part) => part.part === 'diff')).toEqual({
      part: 'diff',
      state: 'ran',
      findings: [
        'new! response-property-removed schemas/openapi.yaml',
        'new! response-property-removed schemas/openapi.yaml',
        'new! response-property-removed schemas/openapi.yaml',
        'new api-path-added schemas/openapi.yaml',
      ],
    });
  });
});
