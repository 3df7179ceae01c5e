import rule from '../../../eslint-plugin/rules/path-param-casing.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester().run('path-param-casing', rule, {
  valid: [
    `import express from 'express'; const router = express.Router(); router.get('/v1/datasets/:dataset_id', h);`,
    `import { createRoute } from '@hono/zod-openapi'; export const route = createRoute({ method: 'get', path: '/v1/users/{user_id}' });`,
    { code: `import express from 'express'; const router = express.Router(); router.get('/v1/users/:userId', h);`, options: [{ casing: 'camelCase' }] },
  ],
  invalid: [
    {
      code: `import express from 'express'; const router = express.Router(); router.get('/v1/users/:userId', h);`,
      errors: [{ messageId: 'casing', data: { param: 'userId', style: 'snake_case', suggestion: 'user_id' }, suggestions: [{ messageId: 'rename', output: `import express from 'express'; const router = express.Router(); router.get('/v1/users/:user_id', h);` }] }],
    },
    {
      // Hono's regex constraint is not part of the name
      code: `import { Hono } from 'hono'; const app = new Hono(); app.get('/v1/posts/:postId{[0-9]+}', (c) => c.json({ data: 1 }));`,
      errors: [{ messageId: 'casing', data: { param: 'postId', style: 'snake_case', suggestion: 'post_id' }, suggestions: [{ messageId: 'rename', output: `import { Hono } from 'hono'; const app = new Hono(); app.get('/v1/posts/:post_id{[0-9]+}', (c) => c.json({ data: 1 }));` }] }],
    },
    {
      code: `export async function GET() { return Response.json({ data: 1 }); }`,
      filename: 'app/v1/orders/[orderId]/route.ts',
      errors: [{ messageId: 'casing', data: { param: 'orderId', style: 'snake_case', suggestion: 'order_id' }, suggestions: [] }],
    },
    {
      code: `import { createRoute } from '@hono/zod-openapi'; export const route = createRoute({ method: 'get', path: '/v1/users/{userId}' });`,
      errors: [{ messageId: 'casing', suggestions: [{ messageId: 'rename', output: `import { createRoute } from '@hono/zod-openapi'; export const route = createRoute({ method: 'get', path: '/v1/users/{user_id}' });` }] }],
    },
  ],
});
