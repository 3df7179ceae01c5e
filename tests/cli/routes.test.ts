import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const BINARY = fileURLToPath(new URL('../../dist/cli/apigov.js', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../fixtures/routes/', import.meta.url));

function routes(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BINARY, 'routes', ...args], { cwd: FIXTURES, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The inventory of each fixture app, reviewed by hand against its code: method, path, file, line. */
const EXPECTED: Record<string, Array<[string, string, string, number]>> = {
  express: [
    ['GET', '/', 'src/routers/v1/spans.ts', 8],
    ['GET', '/api/status', 'src/app.ts', 9],
    ['GET', '/api/v1/datasets', 'src/routers/v1/datasets.ts', 9],
    ['POST', '/api/v1/datasets', 'src/routers/v1/datasets.ts', 14],
    ['DELETE', '/api/v1/datasets/{dataset_id}', 'src/routers/v1/datasets.ts', 31],
    ['GET', '/api/v1/datasets/{dataset_id}', 'src/routers/v1/datasets.ts', 21],
    ['PATCH', '/api/v1/datasets/{dataset_id}', 'src/routers/v1/datasets.ts', 28],
    ['GET', '/api/v1/datasets/{dataset_id}/csv', 'src/routers/v1/datasets.ts', 48],
    ['GET', '/api/v1/datasets/{dataset_id}/examples', 'src/routers/v1/datasets.ts', 36],
    ['POST', '/api/v1/datasets/{dataset_id}/upload', 'src/routers/v1/datasets.ts', 53],
    ['GET', '/api/v1/datasets/{datasetId}/versions', 'src/routers/v1/datasets.ts', 42],
    ['GET', '/api/v1/experiments', 'src/routers/v1/experiments.ts', 7],
    ['POST', '/api/v1/experiments', 'src/routers/v1/experiments.ts', 13],
    ['GET', '/api/v1/experiments/{experiment_id}', 'src/routers/v1/experiments.ts', 18],
    ['POST', '/api/v1/experiments/{experiment_id}', 'src/routers/v1/experiments.ts', 26],
    ['GET', '/api/v1/experiments/{experiment_id}/runs', 'src/routers/v1/experiments.ts', 30],
    ['DELETE', '/api/v1/projects', 'src/routers/v1/projects.js', 14],
    ['GET', '/api/v1/projects', 'src/routers/v1/projects.js', 6],
    ['GET', '/api/v1/projects/{project_id}', 'src/routers/v1/projects.js', 10],
    ['GET', '/healthz', 'src/app.ts', 8],
    ['POST', '/otlpv1', 'src/routers/v1/spans.ts', 13],
  ],
  fastify: [
    ['GET', '/healthz', 'src/routes/health.ts', 6],
    ['GET', '/v1/admin/audit_logs', 'src/routes/v1/index.ts', 10],
    ['POST', '/v1/admin/reindex', 'src/routes/v1/index.ts', 14],
    ['GET', '/v1/orders', 'src/routes/v1/orders.ts', 4],
    ['POST', '/v1/orders', 'src/routes/v1/orders.ts', 10],
    ['GET', '/v1/orders/{order_id}', 'src/routes/v1/orders.ts', 14],
    ['POST', '/v1/orders/{order_id}/cancel', 'src/routes/v1/orders.ts', 22],
    ['GET', '/v1/orders/{order_id}/invoice', 'src/routes/v1/orders.ts', 26],
    ['GET', '/v1/products', 'src/routes/v1/products.ts', 6],
    ['POST', '/v1/products', 'src/routes/v1/products.ts', 12],
    ['DELETE', '/v1/products/{product_id}', 'src/routes/v1/products.ts', 32],
    ['GET', '/v1/products/{product_id}', 'src/routes/v1/products.ts', 18],
    ['PATCH', '/v1/products/{product_id}', 'src/routes/v1/products.ts', 26],
    ['PUT', '/v1/products/{product_id}', 'src/routes/v1/products.ts', 26],
    ['GET', '/v1/products/{product_id}/priceHistory', 'src/routes/v1/products.ts', 37],
    ['GET', '/v1/products/search', 'src/routes/v1/products.ts', 42],
    ['GET', '/v1/warehouses', 'src/routes/v1/warehouses.js', 4],
    ['GET', '/v1/warehouses/{warehouse_id}/stock', 'src/routes/v1/warehouses.js', 8],
  ],
  hono: [
    ['GET', '/api/v1/healthz', 'src/index.ts', 12],
    ['GET', '/api/v1/notes', 'src/routes/notes.ts', 5],
    ['POST', '/api/v1/notes', 'src/routes/notes.ts', 10],
    ['DELETE', '/api/v1/notes/{note_id}', 'src/routes/notes.ts', 20],
    ['GET', '/api/v1/notes/{note_id}', 'src/routes/notes.ts', 14],
    ['PATCH', '/api/v1/notes/{note_id}', 'src/routes/notes.ts', 19],
    ['GET', '/api/v1/notes/{note_id}/markdown', 'src/routes/notes.ts', 24],
    ['GET', '/api/v1/notes/{noteId}/revisions', 'src/routes/notes.ts', 25],
    ['DELETE', '/api/v1/tags', 'src/routes/tags.ts', 6],
    ['GET', '/api/v1/tags', 'src/routes/tags.ts', 5],
    ['PUT', '/api/v1/tags', 'src/routes/tags.ts', 6],
    ['GET', '/api/v1/tags/{tag_id}', 'src/routes/tags.ts', 8],
    ['POST', '/api/v1/tags/merge', 'src/routes/tags.ts', 7],
    ['GET', '/api/v1/users', 'src/routes/users.ts', 5],
    ['GET', '/api/v1/users/{userId}', 'src/routes/users.ts', 12],
  ],
  nest: [
    ['GET', '/api/healthz', 'src/health.controller.ts', 5],
    ['GET', '/api/v1/billing/invoices', 'src/billing/invoices.controller.ts', 5],
    ['POST', '/api/v1/billing/invoices', 'src/billing/invoices.controller.ts', 10],
    ['GET', '/api/v1/billing/invoices/{invoice_id}', 'src/billing/invoices.controller.ts', 21],
    ['GET', '/api/v1/billing/invoices/{invoice_id}/pdf', 'src/billing/invoices.controller.ts', 16],
    ['GET', '/api/v1/category', 'src/catalog/categories.controller.ts', 5],
    ['POST', '/api/v1/category/{category_id}/archive', 'src/catalog/categories.controller.ts', 15],
    ['GET', '/api/v1/category/{categoryId}', 'src/catalog/categories.controller.ts', 10],
    ['GET', '/api/v1/products', 'src/catalog/products.controller.ts', 8],
    ['POST', '/api/v1/products', 'src/catalog/products.controller.ts', 14],
    ['PUT', '/api/v1/products', 'src/catalog/products.controller.ts', 48],
    ['DELETE', '/api/v1/products/{product_id}', 'src/catalog/products.controller.ts', 31],
    ['GET', '/api/v1/products/{product_id}', 'src/catalog/products.controller.ts', 19],
    ['PATCH', '/api/v1/products/{product_id}', 'src/catalog/products.controller.ts', 26],
    ['GET', '/api/v1/products/{product_id}/reviews', 'src/catalog/products.controller.ts', 37],
    ['GET', '/api/v1/products/export.csv', 'src/catalog/products.controller.ts', 42],
    ['GET', '/api/v2/category/{category_id}/tree', 'src/catalog/categories.controller.ts', 21],
  ],
  koa: [
    ['GET', '/healthz', 'src/app.ts', 14],
    ['GET', '/v1/authors', 'src/routes/authors.js', 6],
    ['GET', '/v1/authors/{authorId}', 'src/routes/authors.js', 10],
    ['PATCH', '/v1/authors/{authorId}/avatar', 'src/routes/authors.js', 15],
    ['GET', '/v1/posts', 'src/routes/posts.ts', 6],
    ['POST', '/v1/posts', 'src/routes/posts.ts', 12],
    ['DELETE', '/v1/posts/{post_id}', 'src/routes/posts.ts', 32],
    ['GET', '/v1/posts/{post_id}', 'src/routes/posts.ts', 18],
    ['PUT', '/v1/posts/{post_id}', 'src/routes/posts.ts', 28],
    ['GET', '/v1/posts/{post_id}/comments', 'src/routes/comments.ts', 5],
    ['POST', '/v1/posts/{post_id}/comments', 'src/routes/comments.ts', 9],
    ['DELETE', '/v1/posts/{post_id}/comments/{comment_id}', 'src/routes/comments.ts', 14],
    ['POST', '/v1/posts/{post_id}/publish', 'src/routes/posts.ts', 42],
    ['GET', '/v1/posts/{post_id}/rss', 'src/routes/posts.ts', 37],
    ['GET', '/v1/posts/drafts', 'src/routes/posts.ts', 46],
  ],
  next: [
    ['GET', '/api/healthz', 'app/api/healthz/route.ts', 1],
    ['ALL', '/api/legacy/{id}', 'pages/api/legacy/[id].ts', 3],
    ['DELETE', '/api/v1/cart', 'app/api/v1/cart/route.ts', 5],
    ['GET', '/api/v1/cart', 'app/api/v1/cart/route.ts', 1],
    ['GET', '/api/v1/files/{path}', 'app/api/v1/files/[...path]/route.ts', 1],
    ['GET', '/api/v1/orders', 'app/api/v1/orders/route.ts', 3],
    ['POST', '/api/v1/orders', 'app/api/v1/orders/route.ts', 9],
    ['GET', '/api/v1/orders/{orderId}', 'app/api/v1/orders/[orderId]/route.ts', 7],
    ['PUT', '/api/v1/orders/{orderId}', 'app/api/v1/orders/[orderId]/route.ts', 7],
    ['GET', '/api/v1/products', 'app/api/v1/(catalog)/products/route.ts', 4],
    ['POST', '/api/v1/products', 'app/api/v1/(catalog)/products/route.ts', 10],
    ['DELETE', '/api/v1/products/{product_id}', 'app/api/v1/(catalog)/products/[product_id]/route.ts', 20],
    ['GET', '/api/v1/products/{product_id}', 'app/api/v1/(catalog)/products/[product_id]/route.ts', 6],
    ['PATCH', '/api/v1/products/{product_id}', 'app/api/v1/(catalog)/products/[product_id]/route.ts', 15],
    ['POST', '/api/v1/products/{product_id}', 'app/api/v1/(catalog)/products/[product_id]/route.ts', 25],
    ['GET', '/api/v1/products/{product_id}/variants', 'app/api/v1/(catalog)/products/[product_id]/variants/route.ts', 3],
    ['GET', '/api/v1/reports/export', 'app/api/v1/reports/export/route.ts', 1],
  ],
};

type Listed = Array<{ method: string; path: string; file: string; line: number; framework: string }>;

/** One run over every fixture app: the parser loads once, and the apps must not bleed into each other. */
let listed: Listed = [];

beforeAll(() => {
  if (!existsSync(BINARY)) throw new Error('run `npm run build` first: the CLI tests run the built binary');
  const { status, stdout, stderr } = routes(['.', '--format', 'json']);
  if (status !== 0) throw new Error(`apigov routes failed (${status}): ${stderr}`);
  listed = JSON.parse(stdout) as Listed;
});

describe('apigov routes', () => {
  it.each(Object.keys(EXPECTED))('lists every route of the %s app with its full path', (name) => {
    const ofApp = listed.filter((route) => route.file.startsWith(`${name}/`));
    const rows = ofApp.map((route) => [route.method, route.path, route.file.slice(name.length + 1), route.line]);
    expect(rows).toEqual(EXPECTED[name]);
    expect(new Set(ofApp.map((route) => route.framework))).toEqual(new Set([name]));
  });

  it('prints exactly method, path, file, line and framework, sorted by path then method', () => {
    expect(listed).toHaveLength(Object.values(EXPECTED).reduce((total, list) => total + list.length, 0));
    for (const route of listed) expect(Object.keys(route).sort()).toEqual(['file', 'framework', 'line', 'method', 'path']);
    const keys = listed.map((route) => `${route.path} ${route.method}`);
    expect(keys).toEqual([...keys].sort((a, b) => a.localeCompare(b)));
  });

  it('prints a table by default', () => {
    const { status, stdout } = routes(['koa']);
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^METHOD\s+PATH\s+FRAMEWORK\s+DECLARED AT$/);
    expect(lines).toContainEqual(expect.stringMatching(/^GET\s+\/v1\/posts\/\{post_id\}\/comments\s+koa\s+koa\/src\/routes\/comments\.ts:5$/));
    expect(lines[lines.length - 1]).toBe(`${EXPECTED['koa']?.length} routes`);
  });

  it('rejects an unknown format and a missing directory with exit code 2', () => {
    const format = routes(['koa', '--format', 'yaml']);
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('unknown format "yaml"');
    const missing = routes(['no-such-dir']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no-such-dir: not a directory');
  });
});
