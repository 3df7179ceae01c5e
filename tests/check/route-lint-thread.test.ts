import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startRouteLint } from '../../src/check/route-lint-thread.js';
import { ROOT } from '../helpers/cli.js';

// Under the TypeScript sources there is no compiled worker, so this is the in-thread path;
// the end-to-end tests of `apigov check` run the built binary and so the worker thread.
describe('startRouteLint without a compiled worker', () => {
  const projectRoot = join(ROOT, 'fixtures', 'example');
  const configFile = join(projectRoot, 'apigov.config.yaml');

  it('lints the route globs at once and lints base texts on request, as the worker does', async () => {
    const started = startRouteLint({ projectRoot, cwd: projectRoot, configFile, patterns: ['src/**/*.ts'] });
    const linter = await started.linter;
    const { results, durationMs } = await started.files;
    expect(linter.configuration).toBe("the apigov plugin's recommended configuration");
    expect(durationMs).toBeGreaterThan(0);
    const books = results.find((result) => result.file.project === 'src/routes/books.ts');
    expect(books?.findings.map((finding) => finding.code)).toContain('apigov/query-param-casing');
    const base = await linter.lintText(books!.file, "import { Router } from 'express';\nexport const router = Router();\nrouter.get('/v1/books', async (req, res) => res.json({ data: [], next_cursor: req.query.pageToken }));\n");
    expect(base.map((finding) => finding.message)).toEqual([expect.stringContaining('`pageToken`')]);
    started.close();
  });
});
