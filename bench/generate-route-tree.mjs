// Writes a tree of route files in every supported framework, for the ESLint benchmark.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const RESOURCES = ['datasets', 'projects', 'spans', 'traces', 'users', 'teams', 'orders', 'invoices', 'products', 'notes', 'tags', 'sessions', 'experiments', 'prompts', 'annotations', 'evaluations', 'api_keys', 'webhooks', 'exports', 'jobs'];

const singular = (name) => name.replace(/ies$/, 'y').replace(/s$/, '');

const templates = {
  express: (resource, index) => `import { Router } from 'express';
import { asyncHandler } from '../async-handler.js';
import * as store from '../store.js';

const router = Router();
const ITEM = '/:${singular(resource)}_id';

router
  .route('/')
  .get(asyncHandler(async (req, res) => {
    const { cursor, limit, sortBy } = req.query;
    const page = await store.list${index}(cursor, limit, sortBy);
    res.json({ data: page.items, next_cursor: page.next });
  }))
  .post(asyncHandler(async (req, res) => {
    res.status(201).json({ data: await store.create${index}(req.body) });
  }));

router.get(ITEM, asyncHandler(async (req, res) => {
  const item = await store.get${index}(req.params.${singular(resource)}_id);
  if (!item) return res.status(404).json({ error: { message: 'not found' } });
  res.json({ data: item });
}));
router.patch(ITEM, asyncHandler(async (req, res) => res.json({ data: await store.update${index}(req.params, req.body) })));
router.delete(ITEM, asyncHandler(async (req, res) => { await store.remove${index}(req.params); res.sendStatus(204); }));
router.get(ITEM + '/history', async (req, res) => res.json(await store.history${index}(req.query.offset)));

export default router;
`,
  fastify: (resource, index) => `import type { FastifyInstance } from 'fastify';

export default async function ${singular(resource)}Routes${index}(app: FastifyInstance) {
  app.get('/', async (request) => {
    const { cursor, limit } = request.query as { cursor?: string; limit?: number };
    const page = await db.list(cursor, limit);
    return { data: page.items, next_cursor: page.next };
  });
  app.post('/', async (request, reply) => {
    reply.code(201);
    return { data: await db.create(request.body) };
  });
  app.route({
    method: ['PUT', 'PATCH'],
    url: '/:${singular(resource)}_id',
    handler: async (request) => ({ data: await db.update(request.params, request.body) }),
  });
  app.get('/:${singular(resource)}Id/summary', async (request) => ({ data: { totalCount: await db.count(request.query.pageSize) } }));
}

declare const db: Record<string, (...args: unknown[]) => Promise<any>>;
`,
  hono: (resource, index) => `import { Hono } from 'hono';

export const ${singular(resource)}App${index} = new Hono()
  .get('/', async (c) => {
    const page = await repo.list(c.req.query('cursor'), c.req.query('limit'));
    return c.json({ data: page.items, next_cursor: page.next });
  })
  .post('/', async (c) => c.json({ data: await repo.create(await c.req.json()) }, 201))
  .get('/:${singular(resource)}_id', async (c) => c.json({ data: await repo.find(c.req.param('${singular(resource)}_id')) }))
  .delete('/:${singular(resource)}_id', async (c) => c.body(null, 204))
  .get('/:${singular(resource)}_id/preview', (c) => c.json({ previewUrl: repo.preview(c.req.query('sizeHint')) }));

declare const repo: Record<string, (...args: unknown[]) => any>;
`,
  nest: (resource, index) => `import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';

@Controller({ path: '${resource}', version: '1' })
export class ${singular(resource).replace(/(^|_)(\\w)/g, (_m, _u, c) => c.toUpperCase())}Controller${index} {
  constructor(private readonly service: { [key: string]: (...args: unknown[]) => Promise<any> }) {}

  @Get()
  async list(@Query('cursor') cursor?: string, @Query('pageSize') pageSize?: number) {
    const page = await this.service.page(cursor, pageSize);
    return { data: page.items, next_cursor: page.next };
  }

  @Post()
  async create(@Body() body: unknown) {
    return { data: await this.service.create(body) };
  }

  @Get(':${singular(resource)}_id')
  async one(@Param('${singular(resource)}_id') id: string) {
    return { data: await this.service.find(id) };
  }

  @Patch(':${singular(resource)}_id')
  async update(@Param('${singular(resource)}_id') id: string, @Body() body: unknown) {
    return { data: await this.service.update(id, body) };
  }

  @Delete(':${singular(resource)}_id')
  @HttpCode(204)
  async remove(@Param('${singular(resource)}_id') id: string) {
    await this.service.remove(id);
  }
}
`,
  koa: (resource, index) => `import Router from '@koa/router';

const router = new Router({ prefix: '/v1/${resource}' });

router.get('/', async (ctx) => {
  const { cursor, limit } = ctx.query;
  ctx.body = { data: await db.list${index}(cursor, limit), next_cursor: null };
});
router.post('/', async (ctx) => {
  ctx.status = 201;
  ctx.body = { data: await db.create${index}(ctx.request.body) };
});
router.get('/:${singular(resource)}_id', async (ctx) => {
  const item = await db.get${index}(ctx.params.${singular(resource)}_id);
  if (!item) {
    ctx.status = 404;
    ctx.body = { error: { message: 'not found' } };
    return;
  }
  ctx.body = { data: item };
});
router.del('/:${singular(resource)}_id', async (ctx) => {
  ctx.status = 204;
});

export default router;

declare const db: Record<string, (...args: unknown[]) => Promise<any>>;
`,
  next: () => `import { NextRequest, NextResponse } from 'next/server';

export async function GET(request: NextRequest) {
  const cursor = request.nextUrl.searchParams.get('cursor');
  const page = await store.page(cursor, Number(request.nextUrl.searchParams.get('limit') ?? 20));
  return NextResponse.json({ data: page.items, next_cursor: page.next });
}

export async function POST(request: NextRequest) {
  const created = await store.create(await request.json());
  return NextResponse.json({ data: created }, { status: 201 });
}

declare const store: Record<string, (...args: unknown[]) => Promise<any>>;
`,
};

const FRAMEWORKS = Object.keys(templates);

/** Writes `count` route files under `root`, cycling through the frameworks; returns their paths. */
export function generateRouteTree(root, count) {
  const files = [];
  for (let index = 0; index < count; index += 1) {
    const framework = FRAMEWORKS[index % FRAMEWORKS.length];
    const resource = RESOURCES[Math.floor(index / FRAMEWORKS.length) % RESOURCES.length];
    const group = Math.floor(index / (FRAMEWORKS.length * RESOURCES.length));
    const file =
      framework === 'next'
        ? join(root, 'next', 'app', 'api', 'v1', `g${group}`, resource, 'route.ts')
        : join(root, framework, `g${group}`, `${resource}.${framework === 'nest' ? 'controller.' : ''}ts`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, templates[framework](resource, index));
    files.push(file);
  }
  return files;
}
