import rule from '../../../eslint-plugin/rules/query-param-casing.js';
import { ruleTester } from '../support/rule-tester.js';

const data = (name: string, suggestion: string) => ({ name, style: 'snake_case', suggestion });

ruleTester().run('query-param-casing', rule, {
  valid: [
    `import express from 'express'; const router = express.Router(); router.get('/v1/users', async (req, res) => { const { sort_by } = req.query; res.json({ data: [], next_cursor: req.query.cursor }); });`,
    // `req.params` and `req.body` are not the query
    `import express from 'express'; const router = express.Router(); router.get('/v1/users/:userId', async (req, res) => { res.json({ data: req.params.userId, x: req.body.sortBy }); });`,
    `import { Hono } from 'hono'; const app = new Hono(); app.get('/v1/items', async (c) => c.json({ data: c.req.query('page_size') }));`,
    { code: `import express from 'express'; const router = express.Router(); router.get('/v1/users', async (req, res) => res.json({ data: req.query.sortBy }));`, options: [{ casing: 'camelCase' }] },
    // a query read outside any route handler is not a query parameter of a route
    `import express from 'express'; function helper(req) { return req.query.sortBy; }`,
  ],
  invalid: [
    {
      code: `import express from 'express'; const router = express.Router(); router.get('/v1/users', async (req, res) => res.json({ data: req.query.sortBy }));`,
      errors: [{ messageId: 'casing', data: data('sortBy', 'sort_by'), suggestions: [{ messageId: 'rename', data: { suggestion: 'sort_by' }, output: `import express from 'express'; const router = express.Router(); router.get('/v1/users', async (req, res) => res.json({ data: req.query.sort_by }));` }] }],
    },
    {
      code: `import express from 'express'; const router = express.Router(); router.get('/v1/users', async (req, res) => res.json({ data: req.query['pageToken'] }));`,
      errors: [{ messageId: 'casing', data: data('pageToken', 'page_token'), suggestions: [{ messageId: 'rename', data: { suggestion: 'page_token' }, output: `import express from 'express'; const router = express.Router(); router.get('/v1/users', async (req, res) => res.json({ data: req.query["page_token"] }));` }] }],
    },
    {
      code: `import express from 'express'; const router = express.Router(); router.get('/v1/users', async (req, res) => { const { sortBy } = req.query; res.json({ data: sortBy }); });`,
      errors: [{ messageId: 'casing', data: data('sortBy', 'sort_by'), suggestions: [{ messageId: 'rename', data: { suggestion: 'sort_by' }, output: `import express from 'express'; const router = express.Router(); router.get('/v1/users', async (req, res) => { const { sort_by: sortBy } = req.query; res.json({ data: sortBy }); });` }] }],
    },
    {
      code: `import { Hono } from 'hono'; const app = new Hono(); app.get('/v1/items', async (c) => c.json({ data: c.req.query('sortBy') }));`,
      errors: [{ messageId: 'casing', data: data('sortBy', 'sort_by'), suggestions: [{ messageId: 'rename', data: { suggestion: 'sort_by' }, output: `import { Hono } from 'hono'; const app = new Hono(); app.get('/v1/items', async (c) => c.json({ data: c.req.query("sort_by") }));` }] }],
    },
    {
      code: `import { Controller, Get, Query } from '@nestjs/common';\n@Controller('v1/users')\nexport class UsersController { @Get() async list(@Query('sortBy') sortBy: string) { return { data: [] }; } }`,
      errors: [{ messageId: 'casing', data: data('sortBy', 'sort_by'), suggestions: [{ messageId: 'rename', data: { suggestion: 'sort_by' }, output: `import { Controller, Get, Query } from '@nestjs/common';\n@Controller('v1/users')\nexport class UsersController { @Get() async list(@Query("sort_by") sortBy: string) { return { data: [] }; } }` }] }],
    },
    {
      code: `import { NextRequest } from 'next/server'; export async function GET(request: NextRequest) { const q = request.nextUrl.searchParams.get('sortBy'); return Response.json({ data: q }); }`,
      filename: 'app/v1/users/route.ts',
      errors: [{ messageId: 'casing', data: data('sortBy', 'sort_by'), suggestions: [{ messageId: 'rename', data: { suggestion: 'sort_by' }, output: `import { NextRequest } from 'next/server'; export async function GET(request: NextRequest) { const q = request.nextUrl.searchParams.get("sort_by"); return Response.json({ data: q }); }` }] }],
    },
    {
      code: `import Router from '@koa/router'; const router = new Router(); router.get('/v1/posts', async (ctx) => { ctx.body = { data: ctx.query.authorId }; });`,
      errors: [{ messageId: 'casing', data: data('authorId', 'author_id'), suggestions: [{ messageId: 'rename', data: { suggestion: 'author_id' }, output: `import Router from '@koa/router'; const router = new Router(); router.get('/v1/posts', async (ctx) => { ctx.body = { data: ctx.query.author_id }; });` }] }],
    },
    {
      code: `import type { FastifyInstance } from 'fastify'; export default async function (app: FastifyInstance) { app.get('/v1/items', async (request) => ({ data: request.query.pageSize })); }`,
      errors: [{ messageId: 'casing', data: data('pageSize', 'page_size'), suggestions: [{ messageId: 'rename', data: { suggestion: 'page_size' }, output: `import type { FastifyInstance } from 'fastify'; export default async function (app: FastifyInstance) { app.get('/v1/items', async (request) => ({ data: request.query.page_size })); }` }] }],
    },
  ],
});
