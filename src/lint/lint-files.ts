import { resolve } from 'node:path';
import type { ApigovConfig } from '../config/types.js';
import { compareFindings, type Finding } from '../findings.js';
import { loadSpec, type DocumentSource, type LoadedSpec } from '../load/spec.js';
import { OpenApiModel } from '../openapi/model.js';
import { schemaRules } from '../../rules/registry.js';
import { locateFindings, runRules } from './engine.js';
import { unfetchedRefFindings } from './remote-refs.js';
import type { SchemaRule } from './rule.js';

export interface LintOptions {
  config: ApigovConfig;
  /** `$ref`s may not leave this folder. */
  projectRoot: string;
  allowRemoteRefs?: boolean;
  rules?: readonly SchemaRule[];
  /** Lint this text instead of reading the file (a file at a git revision). */
  text?: string;
  /** Where the files it `$ref`s are read from, when not the working tree. */
  source?: DocumentSource;
}

/** Parses a file once, runs every enabled rule on it, and locates the findings. */
export async function lintFile(file: string, options: LintOptions): Promise<Finding[]> {
  return (await lintLoadedFile(file, options)).findings;
}

/** `lintFile`, also handing back the loaded document, for callers that read it too. */
export async function lintLoadedFile(file: string, options: LintOptions): Promise<{ findings: Finding[]; spec: LoadedSpec }> {
  const spec = await loadSpec(file, {
    projectRoot: resolve(options.projectRoot),
    allowRemoteRefs: options.allowRemoteRefs ?? options.config.lint.allow_remote_refs,
    ...(options.text === undefined ? {} : { text: options.text }),
    ...(options.source === undefined ? {} : { source: options.source }),
  });
  const model = new OpenApiModel(spec);
  const raw = [...unfetchedRefFindings(spec), ...runRules(model, options.config, options.rules ?? schemaRules)];
  const findings = locateFindings(raw, (code) => docsUrlFor(code));
  if (options.config.lint.spectral_oas) {
    const { runStockOasRules } = await import('./spectral-oas.js');
    findings.push(...(await runStockOasRules(spec.root)));
  }
  return { findings: findings.sort(compareFindings), spec };
}

export async function lintFiles(files: readonly string[], options: LintOptions): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const file of files) findings.push(...(await lintFile(file, options)));
  return findings.sort(compareFindings);
}

const ruleIds = new Set(schemaRules.map((rule) => rule.id));

/** Where a rule's documentation is, relative to the repository root. */
export function docsUrlFor(code: string): string | undefined {
  return ruleIds.has(code) ? `docs/rules/${code}.md` : undefined;
}
