import rule from '../../../eslint-plugin/rules/response-key-casing.js';
import { ruleTester } from '../support/rule-tester.js';

const express = (body: string) => `import express from 'express'; const router = express.Router(); router.get('/v1/items', async (req, res) => { ${body} });`;
const data = (key: string, suggestion: string) => ({ key, style: 'snake_case', suggestion });

ruleTester().run('response-key-casing', rule, {
  valid: [
    express(`res.json({ data: { created_at: now, items: [{ item_id: 1 }] }, next_cursor: null });`),
    // computed keys and spreads are not judged; a CSV body has no keys
    express(`res.json({ data: { [field]: 1, ...rest } });`),
    express(`res.type('csv').send({ firstName: 1 });`),
    // objects that are not sent are not response keys
    express(`const options = { maxAge: 1 }; res.json({ data: options });`),
    { code: express(`res.json({ data: { createdAt: 1 } });`), options: [{ casing: 'camelCase' }] },
    `import express from 'express'; const app = express(); app.get('/healthz', async (req, res) => res.json({ upTime: 1 }));`,
  ],
  invalid: [
    {
      code: express(`res.json({ data, nextCursor });`),
      errors: [{ messageId: 'casing', data: data('nextCursor', 'next_cursor'), suggestions: [{ messageId: 'rename', data: { suggestion: 'next_cursor' }, output: express(`res.json({ data, next_cursor: nextCursor });`) }] }],
    },
    {
      code: express(`res.status(404).json({ error: { errorCode: 'missing' } });`),
      errors: [{ messageId: 'casing', data: data('errorCode', 'error_code'), suggestions: [{ messageId: 'rename', data: { suggestion: 'error_code' }, output: express(`res.status(404).json({ error: { error_code: 'missing' } });`) }] }],
    },
    {
      code: `import { Hono } from 'hono'; const app = new Hono(); app.get('/v1/items', async (c) => c.json({ data: [{ 'itemId': 1 }] }));`,
      errors: [{ messageId: 'casing', data: data('itemId', 'item_id'), suggestions: [{ messageId: 'rename', data: { suggestion: 'item_id' }, output: `import { Hono } from 'hono'; const app = new Hono(); app.get('/v1/items', async (c) => c.json({ data: [{ item_id: 1 }] }));` }] }],
    },
    {
      code: `import { Controller, Get } from '@nestjs/common';\n@Controller('v1/users')\nexport class UsersController { @Get(':user_id') async one() { return { data: { displayName: 'a' } }; } }`,
      errors: [{ messageId: 'casing', data: data('displayName', 'display_name'), suggestions: [{ messageId: 'rename', data: { suggestion: 'display_name' }, output: `import { Controller, Get } from '@nestjs/common';\n@Controller('v1/users')\nexport class UsersController { @Get(':user_id') async one() { return { data: { display_name: 'a' } }; } }` }] }],
    },
    {
      code: `import Router from '@koa/router'; const router = new Router(); router.get('/v1/posts', async (ctx) => { ctx.body = { data: [], totalCount: 0 }; });`,
      errors: [{ messageId: 'casing', data: data('totalCount', 'total_count'), suggestions: [{ messageId: 'rename', data: { suggestion: 'total_count' }, output: `import Router from '@koa/router'; const router = new Router(); router.get('/v1/posts', async (ctx) => { ctx.body = { data: [], total_count: 0 }; });` }] }],
    },
    {
      code: `export async function GET() { return Response.json({ data: { 'user-name': 'a' } }); }`,
      filename: 'app/v1/me/route.ts',
      errors: [{ messageId: 'casing', data: data('user-name', 'user_name'), suggestions: [{ messageId: 'rename', data: { suggestion: 'user_name' }, output: `export async function GET() { return Response.json({ data: { user_name: 'a' } }); }` }] }],
    },
  ],
});
