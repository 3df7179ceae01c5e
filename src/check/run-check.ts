import { resolve } from 'node:path';
import type { ApigovConfig } from '../config/types.js';
import { readBaseline, type Baseline } from './baseline.js';
import { projectFile } from './files.js';
import { changedFiles, openRepository, resolveBase } from './git.js';
import { codeLintPart } from './parts/code-lint.js';
import { startRouteLint } from './route-lint-thread.js';
import { coChangePart } from './parts/co-change.js';
import { diffPart } from './parts/diff.js';
import { driftPart } from './parts/drift.js';
import { schemaLintPart } from './parts/schema-lint.js';
import type { BaseRevision, CheckContext, CheckPart, PartId, PartResult } from './types.js';

export interface CheckOptions {
  config: ApigovConfig;
  projectRoot: string;
  configFile: string | undefined;
  cwd: string;
  /** A git revision; falls back to `check.base` in the configuration. */
  base?: string;
  /** Overrides `check.baseline_file`. */
  baselineFile?: string;
  /** Parts not to run (`--skip drift`). */
  skip?: readonly PartId[];
}

export interface CheckReport {
  passed: boolean;
  base: { ref: string; commit: string } | undefined;
  baseline: { file: string | undefined; size: number };
  parts: PartResult[];
}

/** Every part, in the order the report shows them. */
export const PARTS: ReadonlyArray<{ id: PartId; run: CheckPart }> = [
  { id: 'schema-lint', run: schemaLintPart },
  { id: 'code-lint', run: codeLintPart },
  { id: 'diff', run: diffPart },
  { id: 'drift', run: driftPart },
  { id: 'co-change', run: coChangePart },
];

export function openBase(ref: string, cwd: string): BaseRevision {
  const repository = openRepository(cwd);
  const commit = resolveBase(repository, ref);
  return { ref, commit, repository, changedFiles: changedFiles(repository, commit) };
}

export function loadBaselineFor(options: Pick<CheckOptions, 'config' | 'projectRoot' | 'cwd' | 'baselineFile'>): Baseline {
  const file = options.baselineFile === undefined
    ? projectFile(options.config.check.baseline_file, options.projectRoot, options.cwd)
    : projectFile(resolve(options.cwd, options.baselineFile), options.projectRoot, options.cwd);
  return readBaseline(file.absolute, file.display);
}

/** Runs every part and decides the verdict: the gate fails when any finding fails. */
export async function runCheck(options: CheckOptions): Promise<CheckReport> {
  const ref = options.base ?? options.config.check.base;
  const base = ref === undefined ? undefined : openBase(ref, options.cwd);
  const baseline = loadBaselineFor(options);
  const context: CheckContext = {
    config: options.config,
    projectRoot: options.projectRoot,
    configFile: options.configFile === undefined ? undefined : resolve(options.cwd, options.configFile),
    cwd: options.cwd,
    base,
    baseline,
  };
  if (options.config.routes.length > 0 && options.skip?.includes('code-lint') !== true) {
    context.routeLint = startRouteLint({ projectRoot: context.projectRoot, cwd: context.cwd, configFile: context.configFile, patterns: options.config.routes });
  }
  const parts: PartResult[] = [];
  try {
    await runParts(context, options, parts);
  } finally {
    context.routeLint?.close();
  }
  return {
    passed: !parts.some((part) => part.findings.some((finding) => finding.failing)),
    base: base === undefined ? undefined : { ref: base.ref, commit: base.commit },
    baseline: { file: baseline.file, size: baseline.size },
    parts,
  };
}

async function runParts(context: CheckContext, options: CheckOptions, parts: PartResult[]): Promise<void> {
  for (const part of PARTS) {
    if (options.skip?.includes(part.id) === true) {
      parts.push({ part: part.id, state: 'skipped', reason: 'skipped on the command line', findings: [], notices: [], durationMs: 0 });
      continue;
    }
    const started = performance.now();
    const result = await part.run(context);
    parts.push({ ...result, durationMs: Math.round(result.durationMs ?? performance.now() - started) });
  }
}
