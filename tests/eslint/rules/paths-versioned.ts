import rule from '../../../eslint-plugin/rules/paths-versioned.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester().run('paths-versioned', rule, {
  valid: [
    // the mount in the same file puts the router under /v1
    `import express from 'express'; const app = express(); const router = express.Router(); router.get('/users', h); app.use('/v1', router);`,
    // a router that another file mounts: its full path is not known here
    `import { Router } from 'express'; const router = Router(); router.get('/users', h); export default router;`,
    // a Nest controller gets its prefix and version from outside
    `import { Controller, Get } from '@nestjs/common';\n@Controller('users')\nexport class UsersController { @Get() async list() { return { data: [] }; } }`,
    `import { Controller, Get } from '@nestjs/common';\n@Controller({ path: 'users', version: '2' })\nexport class UsersController { @Get() async list() { return { data: [] }; } }`,
    // /healthz is exempted
    `import express from 'express'; const app = express(); app.get('/healthz', h);`,
    `import Koa from 'koa'; import Router from '@koa/router'; const app = new Koa(); const router = new Router({ prefix: '/v2' }); router.get('/orders', h); app.use(router.routes());`,
    { code: `export async function GET() { return Response.json({ data: [] }); }`, filename: 'app/api/v1/users/route.ts' },
    // a prefix from the environment cannot be judged
    `import express from 'express'; const app = express(); const router = express.Router(); router.get('/users', h); app.use(process.env.BASE_PATH, router);`,
  ],
  invalid: [
    {
      code: `import express from 'express'; const app = express(); const router = express.Router(); router.get('/users', h); app.use('/api', router);`,
      errors: [{ messageId: 'unversioned', data: { path: '/api/users' } }],
    },
    {
      code: `import Fastify from 'fastify'; const app = Fastify(); app.get('/users', async () => ({ data: [] }));`,
      errors: [{ messageId: 'unversioned', data: { path: '/users' } }],
    },
    {
      code: `import { Hono } from 'hono'; const users = new Hono().get('/', (c) => c.json({ data: [] })); const app = new Hono().basePath('/api').route('/users', users); export default { fetch: app.fetch };`,
      errors: [{ messageId: 'unversioned', data: { path: '/api/users' } }],
    },
    {
      code: `export async function GET() { return Response.json({ data: [] }); }`,
      filename: 'app/(admin)/api/users/route.ts',
      errors: [{ messageId: 'unversioned', data: { path: '/api/users' } }],
    },
  ],
});
