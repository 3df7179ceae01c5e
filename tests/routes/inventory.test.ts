import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from '@typescript-eslint/typescript-estree';
import { afterEach, describe, expect, it } from 'vitest';
import { buildInventory, formatInventoryText, type Parse } from '../../src/routes/inventory.js';

const parser: Parse = (code, options) => parse(code, { jsx: options.jsx, loc: true, range: true });

let root: string | undefined;

function project(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'apigov-inventory-'));
  for (const [file, code] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), code);
  }
  return root;
}

function listed(files: Record<string, string>): string[] {
  const directory = project(files);
  return buildInventory(directory, parser, directory).routes.map((route) => `${route.method} ${route.path} ${route.file}:${route.line}`);
}

afterEach(() => {
  if (root !== undefined) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

describe('buildInventory', () => {
  it('marks the parts of a path that depend on runtime values instead of dropping the route', () => {
    expect(
      listed({
        'src/app.ts': `import Koa from 'koa';\nimport Router from '@koa/router';\nconst app = new Koa();\nconst router = new Router({ prefix: process.env.API_PREFIX });\nrouter.get('/orders', h);\nrouter.get(\`/\${section}/items\`, h);\nrouter.use(auth);\napp.use(router.routes());\n`,
      }),
    ).toEqual(['GET /<process.env.API_PREFIX>/<section>/items src/app.ts:6', 'GET /<process.env.API_PREFIX>/orders src/app.ts:5']);
  });

  it('lists a router whose mount it cannot resolve (a path alias) under its own paths', () => {
    expect(
      listed({
        'src/app.ts': `import express from 'express';\nimport users from '@/routes/users';\nconst app = express();\napp.use('/v1/users', users);\n`,
        'src/routes/users.ts': `import { Router } from 'express';\nconst router = Router();\nrouter.get('/:user_id', h);\nexport default router;\n`,
      }),
    ).toEqual(['GET /{user_id} src/routes/users.ts:3']);
  });

  it('lists a router mounted twice under both prefixes', () => {
    expect(
      listed({
        'src/app.ts': `import express from 'express';\nimport { health } from './health';\nconst app = express();\napp.use('/v1', health);\napp.use('/v2', health);\n`,
        'src/health.ts': `import express from 'express';\nexport const health = express.Router();\nhealth.get('/status', h);\n`,
      }),
    ).toEqual(['GET /v1/status src/health.ts:3', 'GET /v2/status src/health.ts:3']);
  });

  it('follows Hono base paths bound to a new name and factory apps', () => {
    expect(
      listed({
        'src/index.ts': `import { Hono } from 'hono';\nimport { createFactory } from 'hono/factory';\nimport { tasks } from './tasks';\nconst factory = createFactory();\nconst app = factory.createApp();\nconst api = app.basePath('/api/v1');\napi.route('/tasks', tasks);\nexport default app;\n`,
        'src/tasks.ts': `import { Hono } from 'hono';\nexport const tasks = new Hono().get('/', (c) => c.json({ data: [] }));\n`,
      }),
    ).toEqual(['GET /api/v1/tasks src/tasks.ts:2']);
  });

  it('reads Next.js handlers exported by destructuring and by re-export', () => {
    expect(
      listed({
        'app/api/auth/[...nextauth]/route.ts': `import { handlers } from '@/auth';\nexport const { GET, POST } = handlers;\n`,
        'app/api/session/route.ts': `export { GET } from '@/lib/session';\n`,
      }),
    ).toEqual(['GET /api/auth/{nextauth} app/api/auth/[...nextauth]/route.ts:2', 'POST /api/auth/{nextauth} app/api/auth/[...nextauth]/route.ts:2', 'GET /api/session app/api/session/route.ts:1']);
  });

  it('skips files it cannot parse and says which', () => {
    const directory = project({ 'src/broken.ts': 'router.get("/x", (', 'src/ok.ts': `import express from 'express';\nconst app = express();\napp.get('/v1/items', h);\n` });
    const inventory = buildInventory(directory, parser, directory);
    expect(inventory.routes.map((route) => route.path)).toEqual(['/v1/items']);
    expect(inventory.skipped.map((skipped) => skipped.file)).toEqual(['src/broken.ts']);
    expect(formatInventoryText(inventory)).toMatch(/1 route\n$/);
  });
});
