import rule from '../../../eslint-plugin/rules/response-data-envelope.js';
import { ruleTester } from '../support/rule-tester.js';

const express = (body: string) => `import express from 'express'; const router = express.Router(); router.get('/v1/items', async (req, res) => { ${body} });`;

ruleTester().run('response-data-envelope', rule, {
  valid: [
    express(`res.json({ data: items, next_cursor: null });`),
    // a CSV download has no envelope
    express(`res.type('csv').send(csv);`),
    express(`res.set('Content-Type', 'text/csv'); res.send(rows);`),
    express(`res.attachment('report.csv'); res.send(rows);`),
    // errors are not enveloped
    express(`if (!ok) { return res.status(404).json({ message: 'not found' }); } res.json({ data: 1 });`),
    express(`res.status(400).json({ error: 'bad cursor' });`),
    // a spread may carry the key; an unknown value is not guessed at
    express(`res.json({ ...page });`),
    express(`res.json(result);`),
    express(`res.send('pong');`),
    express(`res.sendStatus(204);`),
    `import { Hono } from 'hono'; const app = new Hono(); app.get('/v1/items', async (c) => c.text('ok'));`,
    `import { Controller, Get, Header } from '@nestjs/common';\n@Controller('v1/reports')\nexport class ReportsController { @Get('csv') @Header('Content-Type', 'text/csv') async csv() { return rows; } }`,
    // a declared single item is not a list
    `import { Controller, Get } from '@nestjs/common';\n@Controller('v1/users')\nexport class UsersController { @Get(':id') async one(): Promise<User> { return this.users.one(); } }`,
    `import { Controller, Get, Res } from '@nestjs/common';\n@Controller('v1/files')\nexport class FilesController { @Get() async list(@Res() res) { return files; } }`,
    // /healthz is exempted
    `import express from 'express'; const app = express(); app.get('/healthz', async (req, res) => res.json({ ok: true }));`,
    { code: express(`res.json({ result: 1 });`), options: [{ envelopeKey: 'result' }] },
  ],
  invalid: [
    {
      code: express(`res.json(items);`),
      errors: [{ messageId: 'array', data: { key: 'data' }, suggestions: [{ messageId: 'wrap', data: { key: 'data' }, output: express(`res.json({ data: items });`) }] }],
    },
    {
      code: `import { Hono } from 'hono'; const app = new Hono(); app.get('/v1/items', async (c) => c.json({ items }));`,
      errors: [{ messageId: 'missingKey', data: { key: 'data' }, suggestions: [{ messageId: 'wrap', data: { key: 'data' }, output: `import { Hono } from 'hono'; const app = new Hono(); app.get('/v1/items', async (c) => c.json({ data: { items } }));` }] }],
    },
    {
      code: `import { Controller, Get } from '@nestjs/common';\n@Controller('v1/users')\nexport class UsersController { @Get() async list() { return this.users.findAll(); } }`,
      errors: [{ messageId: 'array', data: { key: 'data' }, suggestions: [{ messageId: 'wrap', data: { key: 'data' }, output: `import { Controller, Get } from '@nestjs/common';\n@Controller('v1/users')\nexport class UsersController { @Get() async list() { return { data: this.users.findAll() }; } }` }] }],
    },
    {
      // the declared return type says it is a list, whatever the service call is named
      code: `import { Controller, Get } from '@nestjs/common';\n@Controller('v1/users')\nexport class UsersController { @Get() async list(): Promise<User[]> { return this.users.everyone(); } }`,
      errors: [{ messageId: 'array', data: { key: 'data' }, suggestions: [{ messageId: 'wrap', data: { key: 'data' }, output: `import { Controller, Get } from '@nestjs/common';\n@Controller('v1/users')\nexport class UsersController { @Get() async list(): Promise<User[]> { return { data: this.users.everyone() }; } }` }] }],
    },
    {
      code: `import type { FastifyInstance } from 'fastify'; export default async function (app: FastifyInstance) { app.get('/v1/count', async () => 42); }`,
      errors: [{ messageId: 'bareValue', data: { key: 'data' }, suggestions: [{ messageId: 'wrap', data: { key: 'data' }, output: `import type { FastifyInstance } from 'fastify'; export default async function (app: FastifyInstance) { app.get('/v1/count', async () => ({ data: 42 })); }` }] }],
    },
    {
      code: `import Router from '@koa/router'; const router = new Router(); router.get('/v1/posts', async (ctx) => { ctx.body = [1, 2]; });`,
      errors: [{ messageId: 'array', data: { key: 'data' }, suggestions: [{ messageId: 'wrap', data: { key: 'data' }, output: `import Router from '@koa/router'; const router = new Router(); router.get('/v1/posts', async (ctx) => { ctx.body = { data: [1, 2] }; });` }] }],
    },
    {
      code: `import { NextResponse } from 'next/server'; export async function GET() { return NextResponse.json({ users: [] }, { status: 200 }); }`,
      filename: 'app/v1/users/route.ts',
      errors: [{ messageId: 'missingKey', data: { key: 'data' }, suggestions: [{ messageId: 'wrap', data: { key: 'data' }, output: `import { NextResponse } from 'next/server'; export async function GET() { return NextResponse.json({ data: { users: [] } }, { status: 200 }); }` }] }],
    },
    {
      // `message` outside a failed check is a payload, not an error
      code: express(`res.json({ message: 'done' });`),
      errors: [{ messageId: 'missingKey', data: { key: 'data' }, suggestions: [{ messageId: 'wrap', data: { key: 'data' }, output: express(`res.json({ data: { message: 'done' } });`) }] }],
    },
  ],
});
