import type { Linter } from 'eslint';

/**
 * The configuration used when the project has no `eslint.config.*`: the
 * apigov plugin's `configs.recommended`, the TypeScript parser for every
 * script file, and the apigov configuration file the check runs with.
 */
export async function recommendedEslintConfig(configFile: string | undefined): Promise<Linter.Config[]> {
  const [{ default: plugin }, { default: tsParser }] = await Promise.all([import('../../eslint-plugin/index.js'), import('@typescript-eslint/parser')]);
  return [
    {
      files: ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'],
      languageOptions: { parser: tsParser as Linter.Parser, sourceType: 'module' },
      ...(configFile === undefined ? {} : { settings: { apigov: { configFile } } }),
    },
    plugin.configs['recommended'] as unknown as Linter.Config,
  ];
}
