import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { apigov } from '../helpers/cli.js';
import { booksApi } from './documents.js';
import { removeTempDirs, tempDir, writeTree } from './git-repo.js';

afterAll(removeTempDirs);

describe('apigov init', () => {
  it('names the OpenAPI documents and route code it finds, in a configuration check accepts', () => {
    const dir = tempDir();
    writeTree(dir, {
      'schemas/openapi.yaml': booksApi(),
      'schemas/not-openapi.yaml': 'name: something else\n',
      'schemas/openapi.json': '{\n  "openapi": "3.0.3", "info": {"title": "x", "version": "1"}, "paths": {}\n}\n',
      'src/routes/books.ts': "import { Router } from 'express';\nexport const router = Router();\n",
      'src/routes/v1/authors.ts': "import { Hono } from 'hono';\n",
      'src/util/strings.ts': 'export const a = 1;\n',
      'server/app/routers/v1/books.py': 'router = APIRouter()\n',
      'node_modules/pkg/openapi.yaml': booksApi(),
    });
    const result = apigov(['init', dir]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^apigov: found 2 OpenAPI documents and 2 route files; wrote .*apigov\.config\.yaml, .*\.github\/workflows\/apigov\.yml\n$/);
    const text = readFileSync(join(dir, 'apigov.config.yaml'), 'utf8');
    const config = parseConfig(text, 'apigov.config.yaml');
    expect(config.schemas).toEqual(['schemas/openapi.json', 'schemas/openapi.yaml']);
    expect(config.routes).toEqual(['src/routes/**/*.{ts,tsx,js}']);
    expect(config.drift.sources).toEqual(['server/app/routers/**']);
    expect(config.lint.mode).toBe('always');
    expect(readFileSync(join(dir, '.github/workflows/apigov.yml'), 'utf8')).toContain('fetch-depth: 0');
    const check = apigov(['check', '--skip', 'code-lint'], { cwd: dir });
    expect([0, 1]).toContain(check.status);
  });

  it('does not overwrite a configuration without --force', () => {
    const dir = tempDir();
    writeTree(dir, { 'apigov.config.yaml': 'schemas: []\n' });
    const result = apigov(['init', dir, '--no-workflow']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('apigov.config.yaml exists; use --force to overwrite it');
    expect(apigov(['init', dir, '--force', '--no-workflow']).status).toBe(0);
  });
});
