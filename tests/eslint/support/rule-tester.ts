import { fileURLToPath } from 'node:url';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { afterAll, describe, it } from 'vitest';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

export const TEST_CONFIG = fileURLToPath(new URL('./apigov.config.yaml', import.meta.url));

/** A RuleTester whose rules read the test configuration, never the repository's own. */
export function ruleTester(): RuleTester {
  return new RuleTester({
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: false } } },
    settings: { apigov: { configFile: TEST_CONFIG } },
  });
}
