import rule from '../../../eslint-plugin/rules/http-method-semantics.js';
import { ruleTester } from '../support/rule-tester.js';

const express = (routes: string) => `import express from 'express'; const router = express.Router(); ${routes}`;

ruleTester().run('http-method-semantics', rule, {
  valid: [
    express(`router.post('/v1/datasets', h); router.patch('/v1/datasets/:dataset_id', h); router.delete('/v1/datasets/:dataset_id', h); router.put('/v1/datasets/:dataset_id', h);`),
    // a singleton and an uncountable resource are not collections
    express(`router.put('/v1/users/:user_id/settings', h); router.delete('/v1/jobs/:id/status', h); router.put('/v1/datasets/:id/metadata', h);`),
    // a GET that reads: download, export and search change nothing
    express(`router.get('/v1/reports/:id/download', h); router.get('/v1/reports/export', h); router.get('/v1/search', h);`),
    // POST to a sub-collection of an item
    express(`router.post('/v1/datasets/:dataset_id/examples', h);`),
    // the exemption list covers /healthz
    `import express from 'express'; const app = express(); app.post('/healthz', h);`,
  ],
  invalid: [
    {
      code: express(`router.post('/v1/datasets/:dataset_id', h);`),
      errors: [{ messageId: 'postOnItem', data: { path: '/v1/datasets/:dataset_id' } }],
    },
    {
      code: express(`router.delete('/v1/datasets', h);`),
      errors: [{ messageId: 'writeOnCollection', data: { method: 'DELETE', path: '/v1/datasets' } }],
    },
    {
      code: express(`router.get('/v1/users/:user_id/delete', h);`),
      errors: [{ messageId: 'getChangesState', data: { path: '/v1/users/:user_id/delete', verb: 'delete' } }],
    },
    {
      code: express(`router.route('/v1/orders').get(h).put(h);`),
      errors: [{ messageId: 'writeOnCollection', data: { method: 'PUT', path: '/v1/orders' } }],
    },
    {
      code: `import { Controller, Patch } from '@nestjs/common';\n@Controller({ path: 'users', version: '1' })\nexport class UsersController { @Patch() async update() { return { data: 1 }; } }`,
      errors: [{ messageId: 'writeOnCollection', data: { method: 'PATCH', path: '/v1/users' } }],
    },
    {
      code: `import { Hono } from 'hono'; const app = new Hono(); app.on(['GET', 'POST'], '/v1/jobs/:job_id/cancel', (c) => c.json({ data: 1 }));`,
      errors: [
        { messageId: 'getChangesState', data: { path: '/v1/jobs/:job_id/cancel', verb: 'cancel' } },
      ],
    },
    {
      code: `export async function POST() { return Response.json({ data: 1 }); }`,
      filename: 'app/v1/orders/[order_id]/route.ts',
      errors: [{ messageId: 'postOnItem', data: { path: '/v1/orders/[order_id]' } }],
    },
  ],
});
