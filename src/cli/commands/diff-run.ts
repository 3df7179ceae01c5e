import { resolve } from 'node:path';
import { CHECKS } from '../../checks/registry.js';
import type { ApigovConfig } from '../../config/types.js';
import { UsageError } from '../../errors.js';
import { serializeDiff } from '../../diff/index.js';
import type { Finding } from '../../findings.js';
import { formatDiffJson } from '../../formatters/diff-json.js';
import { formatDiffMarkdown } from '../../formatters/diff-markdown.js';
import { formatDiffText } from '../../formatters/diff-text.js';
import { resolveSource } from '../../load/git.js';
import { loadSpec, type LoadedSpec } from '../../load/spec.js';
import { loadAcceptedChanges } from '../../policy/accepted.js';
import { compareSpecs } from '../../policy/compare.js';
import { failingFindings, type FailOn } from '../../policy/index.js';
import type { DiffFinding } from '../../policy/model.js';
import { EXIT_FAILED, EXIT_OK } from '../exit-codes.js';
import { emit, loadProjectConfig } from '../shared.js';
import { DIFF_FORMATS, type DiffFormat } from './diff.js';

export interface DiffCommandOptions {
  base?: string;
  format: string;
  failOn: string;
  all?: boolean;
  config?: string;
  output?: string;
  accepted?: string;
  allowRemoteRefs?: boolean;
  today?: string;
}

async function loadSide(argument: string, projectRoot: string, allowRemoteRefs: boolean): Promise<LoadedSpec> {
  const source = resolveSource(argument, process.cwd());
  if (source.text === undefined) return loadSpec(source.file, { projectRoot, allowRemoteRefs });
  // the files it $refs are read from the same revision, so the two sides never mix
  return loadSpec(source.display, { projectRoot, allowRemoteRefs, text: source.text, ...(source.source === undefined ? {} : { source: source.source }) });
}

function sides(positional: string[], base: string | undefined): [string, string] {
  if (base !== undefined) {
    if (positional.length !== 1) throw new UsageError('with --base REF, name exactly one file: apigov diff --base origin/main schemas/openapi.json');
    const file = positional[0] as string;
    return [`${base}:${file}`, file];
  }
  if (positional.length !== 2) throw new UsageError('name a base and a revision (files or REV:path), or one file with --base REF');
  return [positional[0] as string, positional[1] as string];
}

/** Accepted changes stay visible in the shared formats, as notes that never fail a build. */
function forSharedFormats(findings: readonly DiffFinding[]): Finding[] {
  return findings.map((finding) =>
    finding.accepted === undefined ? finding : { ...finding, level: 'info', message: `accepted: ${finding.message} (${finding.accepted.reason})` },
  );
}

export async function renderDiff(findings: readonly DiffFinding[], format: DiffFormat, failing: ReadonlySet<DiffFinding>, names: { base: string; revision: string }, config: ApigovConfig): Promise<string> {
  const context = { baseName: names.base, revisionName: names.revision, failing };
  switch (format) {
    case 'text':
      return formatDiffText(findings, context);
    case 'json':
      return formatDiffJson(findings);
    case 'markdown':
      return formatDiffMarkdown(findings, context);
    default: {
      const rules = CHECKS.flatMap((check) => {
        const level = config.diff.checks[check.id] ?? check.level;
        return level === 'off' || level === 'none' ? [] : [{ id: check.id, description: check.description, level }];
      });
      // The shared formatters (SARIF, JUnit...) load only when asked for: they cost start-up time.
      const [{ formatFindings }, { toolVersion }] = await Promise.all([import('../../formatters/index.js'), import('../../version.js')]);
      return formatFindings(forSharedFormats(findings), format, { toolVersion: toolVersion(), rules, cwd: process.cwd(), files: [names.revision] });
    }
  }
}

/** `apigov diff`: load both sides, compare, apply the policy, render, set the exit code. */
export async function runDiffCommand(positional: string[], options: DiffCommandOptions): Promise<void> {
  if (!(DIFF_FORMATS as readonly string[]).includes(options.format)) {
    throw new UsageError(`unknown format "${options.format}"; use one of ${DIFF_FORMATS.join(', ')}`);
  }
  const format = options.format as DiffFormat;
  if (!['error', 'warning', 'none'].includes(options.failOn)) throw new UsageError(`--fail-on must be error, warning or none (got "${options.failOn}")`);
  const failOn = options.failOn as FailOn;
  if (options.all === true && format !== 'json') throw new UsageError('--all prints the diff model and needs --format json');
  let now: Date | undefined;
  if (options.today !== undefined) {
    now = new Date(`${options.today}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today) || Number.isNaN(now.getTime())) throw new UsageError('--today must be a date: YYYY-MM-DD');
  }
  const [baseArgument, revisionArgument] = sides(positional, options.base);
  const { config, projectRoot } = loadProjectConfig(options.config);
  const allowRemoteRefs = options.allowRemoteRefs === true || config.lint.allow_remote_refs;
  const base = await loadSide(baseArgument, projectRoot, allowRemoteRefs);
  const revision = await loadSide(revisionArgument, projectRoot, allowRemoteRefs);
  const acceptedFile = options.accepted ?? resolve(projectRoot, config.diff.accepted_file);
  const accepted = loadAcceptedChanges(acceptedFile, options.accepted !== undefined);
  const comparison = compareSpecs(base, revision, {
    levels: config.diff.checks,
    accepted,
    versionPattern: config.conventions.version_pattern,
    extensions: { sunset: config.diff.sunset_extension, stability: config.diff.stability_extension },
    ...(now === undefined ? {} : { now }),
  });
  const failing = new Set(failingFindings(comparison.findings, failOn));
  const text =
    options.all === true
      ? `${serializeDiff(comparison.diff)}\n`
      : await renderDiff(comparison.findings, format, failing, { base: baseArgument, revision: revisionArgument }, config);
  emit(text, options.output);
  process.exitCode = failing.size > 0 ? EXIT_FAILED : EXIT_OK;
}
