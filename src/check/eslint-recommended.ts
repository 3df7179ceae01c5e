import type { Linter } from 'eslint';

/**
 * The configuration used when the project has no `eslint.config.*`: the
 * apigov plugin's `configs.recommended` with the TypeScript parser. Undefined
 * while the plugin is not part of this build.
 */
export async function recommendedEslintConfig(): Promise<Linter.Config[] | undefined> {
  return undefined;
}
