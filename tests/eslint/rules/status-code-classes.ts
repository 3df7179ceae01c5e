import rule from '../../../eslint-plugin/rules/status-code-classes.js';
import { ruleTester } from '../support/rule-tester.js';

const express = (method: string, path: string, body: string) =>
  `import express from 'express'; const router = express.Router(); router.${method}('${path}', async (req, res) => { ${body} });`;

ruleTester().run('status-code-classes', rule, {
  valid: [
    express('get', '/v1/items/:id', `if (!item) { return res.status(404).json({ error: 'not found' }); } res.json({ data: item });`),
    express('post', '/v1/items', `res.status(201).json({ data: item });`),
    express('post', '/v1/items', `res.status(201); res.json({ data: item });`),
    // `message` in a normal answer is not an error
    express('get', '/v1/items', `res.json({ data: [], message: 'ok', next_cursor: null });`),
    // POST to a non-collection (`search` is a query resource) may answer 200
    express('post', '/v1/search', `res.json({ data: hits });`),
    // Nest answers POST with 201 by default
    `import { Controller, Post } from '@nestjs/common';\n@Controller('v1/users')\nexport class UsersController { @Post() async create() { return { data: 1 }; } }`,
    `import Router from '@koa/router'; const router = new Router(); router.post('/v1/posts', async (ctx) => { ctx.status = 201; ctx.body = { data: post }; });`,
    { code: express('post', '/v1/items', `res.json({ data: item });`), options: [{ createStatusCodes: [200, 201] }] },
    express('get', '/healthz', `res.status(200).json({ error: 'degraded' });`),
    // a status from a value is not judged
    express('get', '/v1/items/:id', `try { res.json({ data: await load() }); } catch (err) { res.status(err.status).json({ error: err.message }); }`),
    `import type { FastifyInstance } from 'fastify'; export default async function (app: FastifyInstance) { app.get('/v1/items/:id', { schema: {}, handler: async (request, reply) => { try { return { data: 1 }; } catch (error) { reply.code(error.statusCode).send({ error: { message: 'failed' } }); } } }); }`,
  ],
  invalid: [
    {
      code: express('get', '/v1/items/:id', `if (!item) { return res.json({ message: 'not found' }); } res.json({ data: item });`),
      errors: [{ messageId: 'errorWith2xx', data: { status: '200' } }],
    },
    {
      code: express('get', '/v1/items', `res.status(600).json({ data: [] });`),
      errors: [{ messageId: 'outOfRange', data: { code: '600' } }],
    },
    {
      code: express('post', '/v1/items', `res.json({ data: item });`),
      errors: [{ messageId: 'createdWith200', data: { status: '200', expected: '201' } }],
    },
    {
      code: `import { Controller, Post, HttpCode, HttpStatus } from '@nestjs/common';\n@Controller('v1/users')\nexport class UsersController { @Post() @HttpCode(HttpStatus.OK) async create() { return { data: 1 }; } }`,
      errors: [{ messageId: 'createdWith200', data: { status: '200', expected: '201' } }],
    },
    {
      code: `import { Hono } from 'hono'; const app = new Hono(); app.get('/v1/items/:id', async (c) => { try { return c.json({ data: await load() }); } catch { return c.json({ error: 'failed' }, 200); } });`,
      errors: [{ messageId: 'errorWith2xx', data: { status: '200' } }],
    },
    {
      code: `import type { FastifyInstance } from 'fastify'; export default async function (app: FastifyInstance) { app.get('/v1/items/:id', async (request, reply) => { if (!found) { return reply.code(202).send({ errors: ['missing'] }); } return { data: 1 }; }); }`,
      errors: [{ messageId: 'errorWith2xx', data: { status: '202' } }],
    },
    {
      // the handler inside the options object is analysed too
      code: `import type { FastifyInstance } from 'fastify'; export default async function (app: FastifyInstance) { app.get('/v1/items/:id', { schema: {}, handler: async (request, reply) => { if (!found) { return reply.send({ error: 'missing' }); } return { data: 1 }; } }); }`,
      errors: [{ messageId: 'errorWith2xx', data: { status: '200' } }],
    },
    {
      code: `import { NextResponse } from 'next/server'; export async function POST() { return NextResponse.json({ data: 1 }, { status: 200 }); }`,
      filename: 'app/v1/orders/route.ts',
      errors: [{ messageId: 'createdWith200', data: { status: '200', expected: '201' } }],
    },
  ],
});
