import rule from '../../../eslint-plugin/rules/path-segment-casing.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester().run('path-segment-casing', rule, {
  valid: [
    `import express from 'express'; const router = express.Router(); router.get('/v1/api_keys/:api_key_id', h);`,
    // representations and file names keep their spelling
    `import express from 'express'; const router = express.Router(); router.post('/v1/spans/otlpv1', h); router.get('/openapi.json', h);`,
    { code: `import express from 'express'; const router = express.Router(); router.get('/v1/api-keys', h);`, options: [{ casing: 'kebab-case' }] },
    `import { Hono } from 'hono'; const app = new Hono(); app.get(\`/v1/\${section}/items\`, (c) => c.json({ data: [] }));`,
  ],
  invalid: [
    {
      code: `import express from 'express'; const router = express.Router(); router.get('/v1/apiKeys', h);`,
      errors: [{ messageId: 'casing', data: { segment: 'apiKeys', style: 'snake_case', suggestion: 'api_keys' }, suggestions: [{ messageId: 'rename', output: `import express from 'express'; const router = express.Router(); router.get('/v1/api_keys', h);` }] }],
    },
    {
      code: `import { Controller, Get } from '@nestjs/common';\n@Controller({ path: 'user-groups', version: '1' })\nexport class GroupsController { @Get() async list() { return { data: [] }; } }`,
      errors: [{ messageId: 'casing', data: { segment: 'user-groups', style: 'snake_case', suggestion: 'user_groups' }, suggestions: [{ messageId: 'rename', output: `import { Controller, Get } from '@nestjs/common';\n@Controller({ path: 'user_groups', version: '1' })\nexport class GroupsController { @Get() async list() { return { data: [] }; } }` }] }],
    },
    {
      // the /auth/** exemption names path-no-verbs and path-segments-plural only
      code: `import express from 'express'; const app = express(); app.post('/auth/refreshToken', h);`,
      errors: [{ messageId: 'casing', data: { segment: 'refreshToken', style: 'snake_case', suggestion: 'refresh_token' }, suggestions: [{ messageId: 'rename', output: `import express from 'express'; const app = express(); app.post('/auth/refresh_token', h);` }] }],
    },
  ],
});
