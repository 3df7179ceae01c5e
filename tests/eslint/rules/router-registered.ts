import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import rule from '../../../eslint-plugin/rules/router-registered.js';
import { ruleTester } from '../support/rule-tester.js';

const routers = (file: string) => fileURLToPath(new URL(`../support/project/src/routers/${file}`, import.meta.url));
const source = (file: string) => readFileSync(routers(file), 'utf8');

ruleTester().run('router-registered', rule, {
  valid: [
    // imported by the index (with and without an extension)
    { code: source('v1/datasets.ts'), filename: routers('v1/datasets.ts') },
    { code: source('v1/projects.ts'), filename: routers('v1/projects.ts') },
    // the index itself, and a module without routes
    { code: source('v1/index.ts'), filename: routers('v1/index.ts') },
    { code: source('v1/constants.ts'), filename: routers('v1/constants.ts') },
    // outside the configured routers directory
    { code: source('v1/spans.ts'), filename: routers('v1/spans.ts'), options: [{ routersDir: '**/handlers/v*/' }] },
  ],
  invalid: [
    {
      code: source('v1/spans.ts'),
      filename: routers('v1/spans.ts'),
      errors: [{ messageId: 'notRegistered', data: { file: 'spans.ts', index: 'index.ts' }, line: 1 }],
    },
    {
      code: source('v2/traces.ts'),
      filename: routers('v2/traces.ts'),
      errors: [{ messageId: 'noIndex', data: { file: 'traces.ts', index: 'index' } }],
    },
    {
      // a configured parent: the v1 index must also register v2's routers
      code: source('v2/traces.ts'),
      filename: routers('v2/traces.ts'),
      options: [{ index: '../v1/index' }],
      errors: [{ messageId: 'notRegistered', data: { file: 'traces.ts', index: '../v1/index.ts' } }],
    },
  ],
});
