import { afterAll, describe, expect, it } from 'vitest';
import { apigov } from '../helpers/cli.js';
import { CONFIG, booksApi } from './documents.js';
import { makeRepo, removeTempDirs } from './git-repo.js';

afterAll(removeTempDirs);

const PACKAGE = JSON.stringify({ name: 'books', private: true, type: 'module', dependencies: { express: '5.1.0' } });
const ROUTES_CONFIG = `${CONFIG}routes:\n  - src/**/*.ts\n`;

function router(queryReads: string[], padding = ''): string {
  return `import { Router } from 'express';
${padding}
export const router = Router();

router.get('/v1/books', async (req, res) => {
${queryReads.map((name) => `  const ${name}Value = req.query.${name};`).join('\n')}
  res.json({ data: [], next_cursor: null });
});
`;
}

interface CodeFinding {
  code: string;
  status: string;
  failing: boolean;
  level: string;
  message: string;
  source: string;
  range: { start: { line: number; character: number } };
}

function codePart(stdout: string): { state: string; reason?: string; notices: string[]; findings: CodeFinding[] } {
  const report = JSON.parse(stdout) as { parts: Array<{ part: string; state: string; notices: string[]; findings: CodeFinding[] }> };
  return report.parts.find((part) => part.part === 'code-lint') as ReturnType<typeof codePart>;
}

describe('apigov check: route code', () => {
  const base = { 'package.json': PACKAGE, 'apigov.config.yaml': ROUTES_CONFIG, 'openapi.yaml': booksApi(), 'src/routes/books.ts': router(['cursor', 'sortBy']) };

  it('reports a new camelCase query parameter as new and an old one, moved down, as existing', () => {
    const repo = makeRepo({ base, head: { 'src/routes/books.ts': router(['cursor', 'sortBy', 'pageToken'], '// moved down by a comment\n\n') } });
    const result = apigov(['check', '--base', 'main', '--format', 'json'], { cwd: repo });
    expect(result.stderr).toBe('');
    const part = codePart(result.stdout);
    expect(part.notices).toEqual(["route code linted with the apigov plugin's recommended configuration"]);
    expect(part.findings.map(({ code, status, level, source, range }) => ({ code, status, level, source, line: range.start.line + 1 }))).toEqual([
      { code: 'apigov/query-param-casing', status: 'existing', level: 'error', source: 'src/routes/books.ts', line: 9 },
      { code: 'apigov/query-param-casing', status: 'new', level: 'error', source: 'src/routes/books.ts', line: 10 },
    ]);
    // An error, as the schema rule of the same name: the new one fails the gate, the old one does not.
    expect(result.status).toBe(1);
    expect(part.findings.map(({ status, failing }) => `${status} ${String(failing)}`)).toEqual(['existing false', 'new true']);
  });

  it('annotates the new route-code finding at its line in GitHub format', () => {
    const repo = makeRepo({ base, head: { 'src/routes/books.ts': router(['cursor', 'sortBy', 'pageToken']) } });
    const result = apigov(['check', '--base', 'main', '--format', 'github'], { cwd: repo });
    expect(result.stdout).toMatch(/^::error file=src\/routes\/books\.ts,line=8,col=\d+,endLine=8,endColumn=\d+,title=apigov\/query-param-casing::Query parameter `pageToken` is not snake_case; clients should send `page_token`\.\n$/);
  });

  it("uses the project's own eslint.config.* when there is one", () => {
    const repo = makeRepo({
      base: { ...base, 'eslint.config.mjs': "export default [{ files: ['**/*.ts'], rules: {} }];\n" },
      head: { 'src/routes/books.ts': router(['cursor', 'sortBy', 'pageToken']) },
    });
    const part = codePart(apigov(['check', '--base', 'main', '--format', 'json'], { cwd: repo }).stdout);
    expect(part.notices).toEqual(['route code linted with eslint.config.mjs']);
    // That configuration turns no apigov rule on, so the recommended rules do not run behind its back.
    expect(part.findings).toEqual([]);
  });

  it("says which ESLint configuration is broken (exit 2), from the lint's worker thread", () => {
    const repo = makeRepo({
      base: { ...base, 'eslint.config.mjs': "export default [{ files: ['**/*.ts'], rules: { 'no-such-plugin/rule': 'error' } }];\n" },
      head: { 'src/routes/books.ts': router(['cursor', 'sortBy', 'pageToken']) },
    });
    const result = apigov(['check', '--base', 'main'], { cwd: repo });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^apigov: eslint\.config\.mjs: ESLint could not lint the route code with this configuration: .*no-such-plugin/);
    expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('reports a file ESLint cannot parse as an error finding', () => {
    const repo = makeRepo({ base, head: { 'src/routes/books.ts': 'export const broken = ;\n' } });
    const result = apigov(['check', '--base', 'main', '--format', 'json'], { cwd: repo });
    expect(result.status).toBe(1);
    expect(codePart(result.stdout).findings.map(({ code, level, status, source }) => ({ code, level, status, source }))).toEqual([
      { code: 'route-code-parse-error', level: 'error', status: 'new', source: 'src/routes/books.ts' },
    ]);
  });

  it('is skipped without route globs', () => {
    const repo = makeRepo({ base: { 'apigov.config.yaml': CONFIG, 'openapi.yaml': booksApi() }, head: {} });
    expect(codePart(apigov(['check', '--format', 'json'], { cwd: repo }).stdout)).toMatchObject({ state: 'skipped', reason: 'no `routes` globs in the configuration' });
  });

  it('baselines route-code findings too', () => {
    const config = `${ROUTES_CONFIG}check:\n  fail_severity: warning\n`;
    const withWarnings = makeRepo({ base: { ...base, 'apigov.config.yaml': config }, head: {} });
    expect(apigov(['baseline'], { cwd: withWarnings }).stderr).toBe('apigov: wrote apigov-baseline.json: 1 finding (1 added, 0 dropped as fixed)\n');
    expect(apigov(['check'], { cwd: withWarnings }).status).toBe(0);
  });
});
