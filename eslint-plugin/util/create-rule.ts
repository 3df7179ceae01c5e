import { ESLintUtils } from '@typescript-eslint/utils';
import type { Level } from '../../src/levels.js';

export interface ApigovRuleDocs {
  description: string;
  /** The rule's level on apigov's one scale; `configs.recommended` maps it to ESLint's. */
  level: Level;
  /** False only for rules whose doc says why they are not in `configs.recommended`. */
  recommended: boolean;
}

export const DOCS_BASE_URL = 'https://github.com/apigov/apigov/blob/main/docs/eslint/';

export const createRule = ESLintUtils.RuleCreator<ApigovRuleDocs>((name) => `${DOCS_BASE_URL}${name}.md`);
