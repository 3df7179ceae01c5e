import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import plugin from '../../../eslint-plugin/index.js';

export const FIXTURES = fileURLToPath(new URL('../../../fixtures/routes/', import.meta.url));

/** Lints one fixture app the way a user's three-line eslint.config.js would, from the app's directory. */
export async function lintFixture(name: string): Promise<string[]> {
  const cwd = `${FIXTURES}${name}`;
  const eslint = new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.{ts,tsx,js,mjs,cjs}'], languageOptions: { parser: tsParser, sourceType: 'module' } },
      plugin.configs['recommended'] as Linter.Config,
    ],
  });
  const results = await eslint.lintFiles(['.']);
  const findings: string[] = [];
  for (const result of results) {
    for (const message of result.messages) {
      if (message.ruleId === null) throw new Error(`${result.filePath}: ${message.message}`);
      findings.push(`${relative(cwd, result.filePath)}:${message.line}:${message.column} ${message.ruleId.replace('apigov/', '')} ${message.messageId ?? ''}`);
    }
  }
  return findings.sort();
}
