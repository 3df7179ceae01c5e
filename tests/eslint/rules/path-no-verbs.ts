import rule from '../../../eslint-plugin/rules/path-no-verbs.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester().run('path-no-verbs', rule, {
  valid: [
    `import express from 'express'; const router = express.Router(); router.post('/v1/datasets/:dataset_id/uploads', h);`,
    // look-alikes: `status` and `search` are nouns, `exports` is a collection
    `import express from 'express'; const router = express.Router(); router.get('/v1/jobs/:id/status', h); router.get('/v1/search', h); router.get('/v1/exports', h);`,
    // `/auth/**` is exempted for this rule
    `import express from 'express'; const app = express(); app.post('/auth/login', h);`,
    { code: `import express from 'express'; const router = express.Router(); router.post('/v1/checkout', h);`, options: [{ extraNouns: ['checkout'] }] },
    // not route code: a Map in a file without a framework import
    `const handlers = new Map(); handlers.get('/users/delete', h);`,
  ],
  invalid: [
    {
      code: `import express from 'express'; const router = express.Router(); router.post('/v1/users/:user_id/delete', h);`,
      errors: [{ messageId: 'verbWithMethod', data: { segment: 'delete', verb: 'delete', noun: 'deletes', method: 'DELETE' } }],
    },
    {
      code: `import { Hono } from 'hono'; const app = new Hono(); app.post('/v1/get_users', (c) => c.json({ data: [] }));`,
      errors: [{ messageId: 'verbWithMethod', data: { segment: 'get_users', verb: 'get', noun: 'gets', method: 'GET' } }],
    },
    {
      code: `import { Controller, Post } from '@nestjs/common';\n@Controller('payments')\nexport class PaymentsController { @Post(':payment_id/approve') async approve() { return { data: 1 }; } }`,
      errors: [{ messageId: 'verb', data: { segment: 'approve', verb: 'approve', noun: 'approvals', method: '' } }],
    },
    {
      code: `import Router from '@koa/router'; const router = new Router(); router.post('/v1/sessions/:id/refresh', async (ctx) => { ctx.body = { data: 1 }; });`,
      errors: [{ messageId: 'verb', data: { segment: 'refresh', verb: 'refresh', noun: 'tokens', method: '' } }],
    },
    {
      code: `export async function POST() { return Response.json({ data: 1 }); }`,
      filename: 'src/app/v1/reports/generate/route.ts',
      errors: [{ messageId: 'verb', data: { segment: 'generate', verb: 'generate', noun: 'generations', method: '' } }],
    },
    {
      code: `import fastify from 'fastify'; const app = fastify(); app.register(routes, { prefix: '/v1/sync' });`,
      errors: [{ messageId: 'verb', data: { segment: 'sync', verb: 'sync', noun: 'syncs', method: '' } }],
    },
  ],
});
