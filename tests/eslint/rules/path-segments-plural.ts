import rule from '../../../eslint-plugin/rules/path-segments-plural.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester().run('path-segments-plural', rule, {
  valid: [
    // plural collections, a parameter, a version and the `api` namespace
    `import express from 'express'; const router = express.Router(); router.get('/api/v1/datasets/:dataset_id/examples', h);`,
    // look-alikes: `status` is a configured singleton, `news` and `metadata` are uncountable
    `import express from 'express'; const router = express.Router(); router.get('/jobs/:job_id/status', h); router.get('/news', h); router.get('/datasets/:id/metadata', h);`,
    // `/healthz` is exempted in the configuration
    `import express from 'express'; const app = express(); app.get('/healthz', h);`,
    // `/auth/**` is exempted for this rule: OAuth names its own endpoints
    `import express from 'express'; const app = express(); app.post('/auth/token', h);`,
    // a representation segment selects a format
    `import express from 'express'; const router = express.Router(); router.get('/datasets/:id/csv', h);`,
    // no framework import: not route code, even if it looks like it
    `const cache = makeCache(); cache.get('/user', h);`,
    // a path that is not a literal nor a same-file const is not guessed at
    `import express from 'express'; const router = express.Router(); router.get(config.userPath, h);`,
    {
      code: `import express from 'express'; const router = express.Router(); router.get('/profile', h);`,
      options: [{ singletons: ['profile'] }],
    },
    `import { Hono } from 'hono'; const app = new Hono(); app.get('/projects/:project_id', (c) => c.json({ data: 1 }));`,
    `import Router from '@koa/router'; const router = new Router({ prefix: '/v1/orders' }); router.get('/', h);`,
  ],
  invalid: [
    {
      code: `import express from 'express'; const router = express.Router(); router.get('/user/:id', h);`,
      output: null,
      errors: [{ messageId: 'singular', data: { segment: 'user', plural: 'users' }, suggestions: [{ messageId: 'usePlural', data: { plural: 'users' }, output: `import express from 'express'; const router = express.Router(); router.get('/users/:id', h);` }] }],
    },
    {
      // the const is resolved; the segment is reported where the const is used, without a rewrite
      code: `import express from 'express'; const PATH = '/invoice'; const router = express.Router(); router.post(PATH, h);`,
      errors: [{ messageId: 'singular', data: { segment: 'invoice', plural: 'invoices' }, suggestions: [] }],
    },
    {
      code: `import fastify from 'fastify'; const app = fastify(); app.route({ method: 'GET', url: '/v1/order', handler: async () => ({ data: [] }) });`,
      errors: [{ messageId: 'singular', suggestions: [{ messageId: 'usePlural', output: `import fastify from 'fastify'; const app = fastify(); app.route({ method: 'GET', url: '/v1/orders', handler: async () => ({ data: [] }) });` }] }],
    },
    {
      code: `import { Controller, Get } from '@nestjs/common';\n@Controller('cat')\nexport class CatsController { @Get() async list() { return { data: [] }; } }`,
      errors: [{ messageId: 'singular', data: { segment: 'cat', plural: 'cats' }, suggestions: [{ messageId: 'usePlural', output: `import { Controller, Get } from '@nestjs/common';\n@Controller('cats')\nexport class CatsController { @Get() async list() { return { data: [] }; } }` }] }],
    },
    {
      code: `import { Hono } from 'hono'; const app = new Hono().basePath('/v1/team'); app.get('/', (c) => c.json({ data: 1 }));`,
      errors: [{ messageId: 'singular', data: { segment: 'team', plural: 'teams' }, suggestions: [{ messageId: 'usePlural', output: `import { Hono } from 'hono'; const app = new Hono().basePath('/v1/teams'); app.get('/', (c) => c.json({ data: 1 }));` }] }],
    },
    {
      code: `import { NextResponse } from 'next/server'; export async function GET() { return NextResponse.json({ data: [] }); }`,
      filename: 'app/v1/invoice/route.ts',
      errors: [{ messageId: 'singular', data: { segment: 'invoice', plural: 'invoices' } }],
    },
    {
      // an exemption covers the paths it names, not the ones next to them
      code: `import express from 'express'; const app = express(); app.get('/v1/healthz_probe', h);`,
      errors: [{ messageId: 'singular', data: { segment: 'healthz_probe', plural: 'healthz_probes' }, suggestions: [{ messageId: 'usePlural', output: `import express from 'express'; const app = express(); app.get('/v1/healthz_probes', h);` }] }],
    },
  ],
});
