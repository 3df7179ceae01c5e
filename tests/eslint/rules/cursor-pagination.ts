import rule from '../../../eslint-plugin/rules/cursor-pagination.js';
import { ruleTester } from '../support/rule-tester.js';

const express = (method: string, path: string, body: string) =>
  `import express from 'express'; const router = express.Router(); router.${method}('${path}', async (req, res) => { ${body} });`;

ruleTester().run('cursor-pagination', rule, {
  valid: [
    express('get', '/v1/datasets', `const { cursor, limit } = req.query; res.json({ data: datasets, next_cursor: page.next });`),
    // the cursor may sit in a nested object
    express('get', '/v1/datasets', `res.json({ data: datasets, pagination: { next_cursor: null } });`),
    // an item is not a list; `status` is not an offset
    express('get', '/v1/datasets/:dataset_id', `const { page } = req.query; res.json({ data: dataset });`),
    express('get', '/v1/jobs', `const { status } = req.query; res.json({ data: job, next_cursor: null });`),
    // a POST that reads `page` is not a list handler
    express('post', '/v1/searches', `const { page } = req.query; res.status(201).json({ data: search });`),
    // uncountable data is not a list
    express('get', '/v1/metadata', `res.json({ data: metadata });`),
    express('get', '/v1/datasets', `res.status(500).json({ error: 'failed', data: [] });`),
    { code: express('get', '/v1/datasets', `const { page } = req.query; res.json({ data: x, next_page: 1 });`), options: [{ offsetParams: ['offset'], nextCursorProperty: 'next_page' }] },
  ],
  invalid: [
    {
      code: express('get', '/v1/datasets', `const { offset, limit } = req.query; res.json({ data: datasets, next_cursor: null });`),
      errors: [{ messageId: 'offsetParam', data: { name: 'offset', cursor: 'cursor', limit: 'limit' } }],
    },
    {
      code: express('get', '/v1/datasets', `const items = await list(req.query.cursor); res.json({ data: items });`),
      errors: [{ messageId: 'missingNextCursor', data: { property: 'next_cursor' } }],
    },
    {
      code: `import Router from '@koa/router'; const router = new Router({ prefix: '/v1/posts' }); router.get('/', async (ctx) => { const page = ctx.query.page; ctx.body = { data: posts.slice(page) }; });`,
      errors: [
        { messageId: 'offsetParam', data: { name: 'page', cursor: 'cursor', limit: 'limit' } },
        { messageId: 'missingNextCursor', data: { property: 'next_cursor' } },
      ],
    },
    {
      code: `import { Controller, Get, Query } from '@nestjs/common';\n@Controller('v1/users')\nexport class UsersController { @Get() async list(@Query('skip') skip: number) { return { data: users, next_cursor: null }; } }`,
      errors: [{ messageId: 'offsetParam', data: { name: 'skip', cursor: 'cursor', limit: 'limit' } }],
    },
    {
      code: `export async function GET(request) { const { searchParams } = new URL(request.url); const page = searchParams.get('per_page'); return Response.json({ data: [] }); }`,
      filename: 'app/v1/orders/route.ts',
      errors: [
        { messageId: 'offsetParam', data: { name: 'per_page', cursor: 'cursor', limit: 'limit' } },
        { messageId: 'missingNextCursor', data: { property: 'next_cursor' } },
      ],
    },
    {
      code: `import { Hono } from 'hono'; const app = new Hono(); app.get('/v1/teams', async (c) => c.json({ data: teams.map(toJson) }));`,
      errors: [{ messageId: 'missingNextCursor', data: { property: 'next_cursor' } }],
    },
  ],
});
