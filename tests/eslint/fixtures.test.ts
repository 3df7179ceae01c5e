import { describe, expect, it } from 'vitest';
import { lintFixture } from './support/lint-fixture.js';

/**
 * ESLint with `configs.recommended` over each fixture app, from the app's
 * directory (so its apigov.config.yaml and package.json apply). Every finding
 * below was reviewed by hand; a rule change that adds or loses one fails here.
 */
const EXPECTED: Record<string, string[]> = {
  express: [
    'src/app.ts:9:9 paths-versioned unversioned',
    'src/routers/v1/datasets.ts:42:12 path-param-casing casing',
    'src/routers/v1/datasets.ts:43:11 cursor-pagination offsetParam',
    'src/routers/v1/datasets.ts:45:12 response-data-envelope array',
    'src/routers/v1/datasets.ts:53:13 path-no-verbs verbWithMethod',
    'src/routers/v1/datasets.ts:53:36 async-handler needsWrapper',
    'src/routers/v1/experiments.ts:10:12 cursor-pagination missingNextCursor',
    'src/routers/v1/experiments.ts:10:33 response-key-casing casing',
    'src/routers/v1/experiments.ts:21:21 status-code-classes errorWith2xx',
    'src/routers/v1/experiments.ts:26:24 http-method-semantics postOnItem',
    'src/routers/v1/experiments.ts:8:28 query-param-casing casing',
    'src/routers/v1/projects.js:10:28 async-handler needsWrapper',
    'src/routers/v1/projects.js:14:20 async-handler needsWrapper',
    'src/routers/v1/projects.js:6:17 async-handler needsWrapper',
    'src/routers/v1/spans.ts:1:1 router-registered notRegistered',
  ],
  fastify: [
    'src/routes/v1/index.ts:14:16 path-segments-plural singular',
    'src/routes/v1/index.ts:18:16 path-segments-plural singular',
    'src/routes/v1/orders.ts:17:25 status-code-classes errorWith2xx',
    'src/routes/v1/orders.ts:22:16 path-no-verbs verb',
    'src/routes/v1/orders.ts:26:15 path-segments-plural singular',
    'src/routes/v1/orders.ts:26:37 async-handler notAsync',
    'src/routes/v1/orders.ts:5:13 cursor-pagination offsetParam',
    'src/routes/v1/orders.ts:5:21 query-param-casing casing',
    'src/routes/v1/orders.ts:7:12 cursor-pagination missingNextCursor',
    'src/routes/v1/orders.ts:7:28 response-key-casing casing',
    'src/routes/v1/products.ts:37:15 path-segment-casing casing',
    'src/routes/v1/products.ts:37:15 path-segments-plural singular',
    'src/routes/v1/products.ts:38:13 cursor-pagination offsetParam',
    'src/routes/v1/warehouses.js:8:15 path-segments-plural singular',
  ],
  hono: [
    'src/routes/notes.ts:25:8 path-param-casing casing',
    'src/routes/notes.ts:26:34 query-param-casing casing',
    'src/routes/tags.ts:5:35 response-data-envelope missingKey',
    'src/routes/tags.ts:7:11 path-no-verbs verb',
    'src/routes/tags.ts:8:22 async-handler notAsync',
    'src/routes/users.ts:14:9 path-param-casing casing',
    'src/routes/users.ts:27:27 response-key-casing casing',
    'src/routes/users.ts:27:44 response-key-casing casing',
  ],
  nest: [
    'src/app.module.ts:11:36 path-segments-plural singular',
    'src/billing/invoices.controller.ts:13:12 status-code-classes createdWith200',
    'src/billing/invoices.controller.ts:22:3 async-handler notAsync',
    'src/catalog/categories.controller.ts:10:8 path-param-casing casing',
    'src/catalog/categories.controller.ts:12:22 response-key-casing casing',
    'src/catalog/categories.controller.ts:12:34 response-key-casing casing',
    'src/catalog/categories.controller.ts:15:9 path-no-verbs verb',
    'src/catalog/categories.controller.ts:21:8 path-segments-plural singular',
    'src/catalog/categories.controller.ts:3:21 path-segments-plural singular',
    'src/catalog/products.controller.ts:38:64 query-param-casing casing',
    'src/catalog/products.controller.ts:48:3 http-method-semantics writeOnCollection',
  ],
  koa: [
    'src/routes/authors.js:10:12 path-param-casing casing',
    'src/routes/authors.js:12:30 response-key-casing casing',
    'src/routes/authors.js:15:14 path-param-casing casing',
    'src/routes/authors.js:15:14 path-segments-plural singular',
    'src/routes/comments.ts:14:39 async-handler notAsync',
    'src/routes/posts.ts:42:13 path-no-verbs verb',
    'src/routes/posts.ts:47:33 cursor-pagination offsetParam',
  ],
  next: [
    'app/api/v1/(catalog)/products/[product_id]/route.ts:25:23 http-method-semantics postOnItem',
    'app/api/v1/(catalog)/products/[product_id]/variants/route.ts:5:60 query-param-casing casing',
    'app/api/v1/(catalog)/products/[product_id]/variants/route.ts:6:24 response-data-envelope array',
    'app/api/v1/cart/route.ts:1:23 path-segments-plural singular',
    'app/api/v1/orders/[orderId]/route.ts:7:10 path-param-casing casing',
    'app/api/v1/orders/route.ts:10:28 status-code-classes createdWith200',
    'app/api/v1/orders/route.ts:10:38 response-key-casing casing',
    'app/api/v1/orders/route.ts:4:49 cursor-pagination offsetParam',
    'app/api/v1/orders/route.ts:6:28 cursor-pagination missingNextCursor',
    'app/api/v1/orders/route.ts:9:17 async-handler notAsync',
    'app/api/v1/reports/export/route.ts:1:23 path-no-verbs verb',
    'pages/api/legacy/[id].ts:3:1 path-segments-plural singular',
    'pages/api/legacy/[id].ts:3:1 paths-versioned unversioned',
    'pages/api/legacy/[id].ts:3:25 async-handler notAsync',
  ],
};

describe('configs.recommended over the fixture apps', () => {
  it.each(Object.keys(EXPECTED))('%s: exactly the expected findings', async (name) => {
    expect(await lintFixture(name)).toEqual(EXPECTED[name]);
  }, 30_000);
});
