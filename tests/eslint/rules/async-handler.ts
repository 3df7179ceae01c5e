import rule from '../../../eslint-plugin/rules/async-handler.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester().run('async-handler', rule, {
  valid: [
    { code: `import express from 'express'; const router = express.Router(); router.get('/v1/items', async (req, res) => res.json({ data: [] }));`, options: [{ expressVersion: 5 }] },
    // Express 4: the wrapper forwards rejections
    { code: `import express from 'express'; const router = express.Router(); router.get('/v1/items', asyncHandler(async (req, res) => res.json({ data: [] })));`, options: [{ expressVersion: 4 }] },
    // a handler from another module is not judged here; middleware before the handler is not the handler
    { code: `import express from 'express'; import { list } from './handlers'; const router = express.Router(); router.get('/v1/items', (req, res, next) => next(), list);`, options: [{ expressVersion: 5 }] },
    `import { Hono } from 'hono'; const app = new Hono(); app.get('/v1/items', async (c) => c.json({ data: [] }));`,
    `import { Controller, Get } from '@nestjs/common';\n@Controller('v1/users')\nexport class UsersController { @Get() async list() { return { data: [] }; } }`,
    // the Express version is unknown (no option, no config, no package.json entry): say nothing
    `import express from 'express'; const router = express.Router(); router.get('/v1/items', (req, res) => res.json({ data: [] }));`,
  ],
  invalid: [
    {
      code: `import express from 'express'; const router = express.Router(); router.get('/v1/items', async (req, res) => res.json({ data: [] }));`,
      options: [{ expressVersion: 4 }],
      errors: [{ messageId: 'needsWrapper', data: { version: '4' } }],
    },
    {
      code: `import express from 'express'; const router = express.Router(); router.get('/v1/items', list); function list(req, res) { res.json({ data: [] }); }`,
      options: [{ expressVersion: 5 }],
      errors: [{ messageId: 'notAsync', suggestions: [{ messageId: 'makeAsync', output: `import express from 'express'; const router = express.Router(); router.get('/v1/items', list); async function list(req, res) { res.json({ data: [] }); }` }] }],
    },
    {
      code: `import { Hono } from 'hono'; const app = new Hono(); app.get('/v1/items', (c) => c.json({ data: [] }));`,
      errors: [{ messageId: 'notAsync', suggestions: [{ messageId: 'makeAsync', output: `import { Hono } from 'hono'; const app = new Hono(); app.get('/v1/items', async (c) => c.json({ data: [] }));` }] }],
    },
    {
      code: `import { Controller, Get } from '@nestjs/common';\n@Controller('v1/users')\nexport class UsersController { @Get() public list() { return { data: [] }; } }`,
      errors: [{ messageId: 'notAsync', suggestions: [{ messageId: 'makeAsync', output: `import { Controller, Get } from '@nestjs/common';\n@Controller('v1/users')\nexport class UsersController { @Get() public async list() { return { data: [] }; } }` }] }],
    },
    {
      code: `import Fastify from 'fastify'; const app = Fastify(); app.route({ method: 'GET', url: '/v1/items', handler: function (request, reply) { reply.send({ data: [] }); } });`,
      errors: [{ messageId: 'notAsync', suggestions: [{ messageId: 'makeAsync', output: `import Fastify from 'fastify'; const app = Fastify(); app.route({ method: 'GET', url: '/v1/items', handler: async function (request, reply) { reply.send({ data: [] }); } });` }] }],
    },
    {
      code: `export function GET() { return Response.json({ data: [] }); }`,
      filename: 'app/v1/items/route.ts',
      errors: [{ messageId: 'notAsync', suggestions: [{ messageId: 'makeAsync', output: `export async function GET() { return Response.json({ data: [] }); }` }] }],
    },
  ],
});
