import { fileURLToPath } from 'node:url';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../eslint-plugin/index.js';
import asyncHandler from '../../eslint-plugin/rules/async-handler.js';
import pathNoVerbs from '../../eslint-plugin/rules/path-no-verbs.js';
import { parseConfig } from '../../src/config/load.js';
import './support/rule-tester.js';

const support = (file: string) => fileURLToPath(new URL(`./support/${file}`, import.meta.url));
const team = new RuleTester({ settings: { apigov: { configFile: support('team.config.yaml') } } });

// the same apigov.config.yaml that configures the Spectral rules turns the ESLint rule off
team.run('rules: { path-no-verbs: off } in the configuration', pathNoVerbs, {
  valid: [`import express from 'express'; const router = express.Router(); router.post('/v1/users/:user_id/delete', h);`],
  invalid: [],
});

team.run('eslint.express_version in the configuration', asyncHandler, {
  valid: [],
  invalid: [
    {
      code: `import express from 'express'; const router = express.Router(); router.get('/v1/items', async (req, res) => res.json({ data: [] }));`,
      errors: [{ messageId: 'needsWrapper', data: { version: '4' } }],
    },
  ],
});

describe('the eslint section of apigov.config.yaml', () => {
  it('accepts the routers directory, its index and the Express version', () => {
    const config = parseConfig('eslint:\n  routers_dir: "src/api/v*/"\n  routers_index: routes\n  express_version: 5\n', 'apigov.config.yaml');
    expect(config.eslint).toEqual({ routers_dir: 'src/api/v*/', routers_index: 'routes', express_version: 5 });
  });

  it('defaults to routers/v*/ and index', () => {
    expect(parseConfig('{}', 'apigov.config.yaml').eslint).toEqual({ routers_dir: '**/routers/v*/', routers_index: 'index' });
  });

  it('names the file and line of a bad value when ESLint loads the plugin', () => {
    const linter = new Linter({ configType: 'flat' });
    const lint = () =>
      linter.verify(`import express from 'express'; const app = express(); app.get('/v1/items', h);`, [
        plugin.configs['recommended'] as Linter.Config,
        { settings: { apigov: { configFile: support('broken.config.yaml') } } },
      ]);
    expect(lint).toThrow(/apigov: .*broken\.config\.yaml:2:\d+: invalid configuration: eslint\.express_version must be one of 4, 5/);
  });
});
