import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ESLint } from 'eslint';
import { InputError } from '../errors.js';
import type { Finding } from '../findings.js';
import type { Level } from '../levels.js';
import { recommendedEslintConfig } from './eslint-recommended.js';
import { codeFingerprints } from './fingerprint.js';
import { projectFile, type ProjectFile } from './files.js';

/** The flat config file names ESLint itself looks for. */
export const ESLINT_CONFIG_FILES = ['eslint.config.js', 'eslint.config.mjs', 'eslint.config.cjs', 'eslint.config.ts', 'eslint.config.mts', 'eslint.config.cts'];

/** Rules of the apigov plugin are namespaced `apigov/`; the rest of a user's configuration is not the gate's business. */
const PLUGIN_PREFIX = 'apigov/';

export interface RouteLinter {
  /** Which configuration is in force, for the report. */
  configuration: string;
  /** The ESLint configuration files in force (absolute); a change to one changes every finding. */
  configFiles: string[];
  lintFiles(patterns: readonly string[]): Promise<Array<{ file: ProjectFile; text: string; findings: Finding[] }>>;
  /** Lints a file's text as it was at another revision, under its current name. */
  lintText(file: ProjectFile, text: string): Promise<Finding[]>;
}

export function userEslintConfig(projectRoot: string): string | undefined {
  return ESLINT_CONFIG_FILES.map((name) => join(projectRoot, name)).find((path) => existsSync(path));
}

/**
 * ESLint through its Node API: the project's own `eslint.config.*` when there
 * is one (it decides parsers and options), else the plugin's recommended
 * configuration.
 */
export async function createRouteLinter(projectRoot: string, cwd: string, configFile: string | undefined): Promise<RouteLinter> {
  const userConfig = userEslintConfig(projectRoot);
  const fallback = userConfig === undefined ? await recommendedEslintConfig(configFile) : undefined;
  const { ESLint: ESLintClass } = await import('eslint');
  const eslint: ESLint = new ESLintClass({
    cwd: projectRoot,
    errorOnUnmatchedPattern: false,
    ...(userConfig === undefined ? { overrideConfigFile: true, overrideConfig: fallback ?? [] } : {}),
  });
  const toFindings = (result: ESLint.LintResult, display: string, meta: ReturnType<ESLint['getRulesMetaForResults']>): Finding[] => {
    return result.messages.flatMap((message): Finding[] => {
      const fatal = message.ruleId === null;
      if (!fatal && !(message.ruleId ?? '').startsWith(PLUGIN_PREFIX)) return [];
      const code = fatal ? 'route-code-parse-error' : (message.ruleId as string);
      const level: Level = message.severity === 2 ? 'error' : 'warning';
      const start = { line: Math.max(0, message.line - 1), character: Math.max(0, message.column - 1) };
      const end = { line: Math.max(0, (message.endLine ?? message.line) - 1), character: Math.max(0, (message.endColumn ?? message.column) - 1) };
      const docsUrl = fatal ? undefined : meta[code]?.docs?.url;
      return [{ code, level, message: message.message, file: display, path: [], range: { start, end }, source: 'code', ...(docsUrl === undefined ? {} : { docsUrl }) }];
    });
  };
  const fingerprinted = (findings: Finding[], file: ProjectFile, text: string): Finding[] => {
    const fingerprints = codeFingerprints(findings, file.project, text);
    return findings.map((finding, index) => ({ ...finding, fingerprint: fingerprints[index] as string }));
  };
  return {
    configuration: userConfig === undefined ? 'the apigov plugin\'s recommended configuration' : projectFile(userConfig, projectRoot, cwd).display,
    configFiles: userConfig === undefined ? [] : [userConfig],
    async lintFiles(patterns) {
      let results: ESLint.LintResult[];
      try {
        results = await eslint.lintFiles([...patterns]);
      } catch (error) {
        // the project's own configuration failing to load is its input, not a bug of ours
        if (userConfig === undefined) throw error;
        throw new InputError(`ESLint could not lint the route code with this configuration: ${(error as Error).message.split('\n')[0] ?? ''}`, {
          file: projectFile(userConfig, projectRoot, cwd).display,
        });
      }
      const meta = eslint.getRulesMetaForResults(results);
      return results
        .map((result) => {
          const file = projectFile(result.filePath, projectRoot, cwd);
          const findings = toFindings(result, file.display, meta);
          // ESLint keeps `source` only for some results; the fingerprints need the text the lines came from.
          const text = findings.length === 0 ? '' : (result.source ?? readFileSync(result.filePath, 'utf8'));
          return { file, text, findings: fingerprinted(findings, file, text) };
        })
        .sort((a, b) => (a.file.project < b.file.project ? -1 : a.file.project > b.file.project ? 1 : 0));
    },
    async lintText(file, text) {
      const [result] = await eslint.lintText(text, { filePath: file.absolute });
      return result === undefined ? [] : fingerprinted(toFindings(result, file.display, eslint.getRulesMetaForResults([result])), file, text);
    },
  };
}
