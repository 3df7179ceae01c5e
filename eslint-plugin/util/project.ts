import { resolve } from 'node:path';
import type { TSESLint } from '@typescript-eslint/utils';
import picomatch from 'picomatch';
import { loadConfig } from '../../src/config/load.js';
import type { ApigovConfig } from '../../src/config/types.js';
import { toOpenApiPath } from '../../src/conventions/paths.js';
import type { Vocabulary } from '../../src/conventions/vocabulary.js';
import { InputError } from '../../src/errors.js';
import { fileModel, type FileModel } from '../routes/index.js';
import { MemoizedVocabulary } from './memo-vocabulary.js';

export interface ApigovSettings {
  /** The configuration file, relative to ESLint's working directory. */
  configFile?: string;
}

interface Project {
  /** OpenAPI spelling of each path asked about, since every rule asks about the same few. */
  openApiPaths: Map<string, string>;
  config: ApigovConfig;
  vocabulary: Vocabulary;
  matchers: Array<{ rules: Set<string> | undefined; paths: picomatch.Matcher | undefined; mediaTypes: picomatch.Matcher | undefined }>;
}

const projects = new Map<string, Project>();
let last: { cwd: string; configFile: string | undefined; project: Project } | undefined;

/**
 * The project's `apigov.config.yaml`, found from ESLint's working directory
 * or named in `settings.apigov.configFile`; loaded once per process.
 */
export function projectOf(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): Project {
  const settings = (context.settings['apigov'] ?? {}) as ApigovSettings;
  const cwd = context.cwd;
  // every rule asks for every file: answer the common case without building the key
  if (last !== undefined && last.cwd === cwd && last.configFile === settings.configFile) return last.project;
  const file = settings.configFile === undefined ? undefined : resolve(cwd, settings.configFile);
  const key = `${cwd}\0${file ?? ''}`;
  let project = projects.get(key);
  if (project === undefined) {
    let config: ApigovConfig;
    try {
      config = loadConfig(file, cwd).config;
    } catch (error) {
      if (error instanceof InputError) throw new Error(`apigov: ${error.format()}`);
      throw error;
    }
    const conventions = config.conventions;
    project = {
      openApiPaths: new Map(),
      config,
      vocabulary: new MemoizedVocabulary({
        singletons: conventions.singletons,
        uncountables: conventions.uncountables,
        extraVerbs: conventions.extra_verbs,
        extraNouns: conventions.extra_nouns,
        representations: conventions.representations,
      }),
      matchers: config.exemptions.map((exemption) => ({
        rules: exemption.rules === undefined ? undefined : new Set(exemption.rules),
        paths: exemption.paths === undefined ? undefined : picomatch(exemption.paths),
        mediaTypes: exemption.media_types === undefined ? undefined : picomatch(exemption.media_types),
      })),
    };
    projects.set(key, project);
  }
  last = { cwd, configFile: settings.configFile, project };
  return project;
}

/** True when the configuration turns the rule off (`rules: { <id>: off }`), for every surface alike. */
export function isTurnedOff(project: Project, ruleId: string): boolean {
  return project.config.rules[ruleId] === 'off';
}

/** The same exemptions as the Spectral ruleset: path globs on the full known path, media type globs. */
export function isExempt(project: Project, ruleId: string, subject: { path?: string; mediaType?: string | undefined }): boolean {
  if (project.matchers.length === 0) return false;
  let path: string | undefined;
  if (subject.path !== undefined) {
    path = project.openApiPaths.get(subject.path);
    if (path === undefined) {
      path = toOpenApiPath(subject.path);
      project.openApiPaths.set(subject.path, path);
    }
  }
  return project.matchers.some((matcher) => {
    if (matcher.rules !== undefined && !matcher.rules.has(ruleId)) return false;
    if (matcher.paths !== undefined && path !== undefined && (matcher.paths(path) || matcher.paths(subject.path as string))) return true;
    if (matcher.mediaTypes !== undefined && subject.mediaType !== undefined && matcher.mediaTypes(subject.mediaType)) return true;
    return false;
  });
}

export function modelOf(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): FileModel {
  return fileModel(context.sourceCode.ast, context.filename, context.cwd);
}

/** For tests: forget loaded configurations. */
export function clearProjectCache(): void {
  projects.clear();
  last = undefined;
}
