import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import picomatch from 'picomatch';
import { InputError } from '../../errors.js';
import { UNKNOWN_RANGE, type Finding, type JsonPath } from '../../findings.js';
import { isAtLeast, type Level } from '../../levels.js';
import { parseSource, type SourceDocument } from '../../load/source.js';
import { detectVersion } from '../../load/spec.js';
import { compareDocuments } from '../drift-compare.js';
import { checkFingerprint } from '../fingerprint.js';
import { projectFile, type ProjectFile } from '../files.js';
import { runCommand } from '../run-command.js';
import { readWorkingTreeFile } from '../schema-lint.js';
import type { CheckContext, CheckedFinding, CheckPart } from '../types.js';
import { changedProjectFiles } from './changed-files.js';

export const DRIFT_CODE = 'schema-drift';
export const DRIFT_COMMAND_FAILED_CODE = 'schema-drift-command-failed';
export const DRIFT_SOURCES_CODE = 'schema-drift-sources-changed';

function checked(finding: Finding, context: CheckContext): CheckedFinding {
  return { finding, part: 'drift', status: 'new', failing: isAtLeast(finding.level, context.config.check.fail_severity) };
}

function finding(code: string, level: Level, message: string, file: ProjectFile, path: JsonPath, document?: SourceDocument, subject = ''): Finding {
  return {
    code,
    level,
    message,
    file: file.display,
    path,
    range: document === undefined ? UNKNOWN_RANGE : document.rangeOf(path),
    source: 'check',
    fingerprint: checkFingerprint(code, file.project, subject),
  };
}

/**
 * Schema drift: with `drift.command`, regenerate the schema and compare it with
 * the committed one as data; without, warn when the code it is generated from
 * changed since the base but the schema did not.
 */
export const driftPart: CheckPart = async (context) => {
  const { drift, schemas } = context.config;
  const schema = drift.schema ?? schemas[0];
  if (drift.command !== undefined) {
    if (schema === undefined) throw new InputError('drift.command is set but there is no schema to compare with: set drift.schema or schemas', { file: context.configFile ?? 'apigov.config.yaml' });
    return { part: 'drift', state: 'ran', findings: driftFromCommand(context, drift.command, projectFile(schema, context.projectRoot, context.cwd)), notices: [] };
  }
  if (drift.sources.length === 0) return { part: 'drift', state: 'skipped', reason: 'neither drift.command nor drift.sources is configured', findings: [], notices: [] };
  if (schema === undefined) return { part: 'drift', state: 'skipped', reason: 'no schema to watch', findings: [], notices: [] };
  if (context.base === undefined) return { part: 'drift', state: 'skipped', reason: 'drift.sources needs --base to know what changed', findings: [], notices: [] };
  return { part: 'drift', state: 'ran', findings: driftFromSources(context, projectFile(schema, context.projectRoot, context.cwd)), notices: [] };
};

function driftFromCommand(context: CheckContext, command: readonly string[], schema: ProjectFile): CheckedFinding[] {
  const { drift, conventions } = context.config;
  const committedText = readWorkingTreeFile(schema);
  const committed = parseSource(committedText, schema.display);
  const toStdout = drift.output === '-';
  const output = projectFile(drift.output !== undefined && !toStdout ? drift.output : schema.absolute, context.projectRoot, context.cwd);
  const before = toStdout || !existsSync(output.absolute) ? undefined : readFileSync(output.absolute, 'utf8');
  const outcome = runCommand(command, context.projectRoot, drift.timeout_seconds);
  let regeneratedText: string | undefined;
  try {
    if (outcome.ok) regeneratedText = toStdout ? outcome.stdout : existsSync(output.absolute) ? readFileSync(output.absolute, 'utf8') : undefined;
  } finally {
    // `check` only looks: the committed file is put back as it was.
    if (!toStdout) {
      if (before === undefined) rmSync(output.absolute, { force: true });
      else if (!existsSync(output.absolute) || readFileSync(output.absolute, 'utf8') !== before) writeFileSync(output.absolute, before);
    }
  }
  if (!outcome.ok) return [checked(finding(DRIFT_COMMAND_FAILED_CODE, 'error', `the schema could not be regenerated: ${outcome.reason}`, schema, []), context)];
  if (regeneratedText === undefined) {
    return [checked(finding(DRIFT_COMMAND_FAILED_CODE, 'error', `the schema generator finished but wrote nothing to ${output.display}`, schema, []), context)];
  }
  let regenerated: SourceDocument;
  try {
    regenerated = parseSource(regeneratedText, toStdout ? 'the generator output' : output.display);
    detectVersion(regenerated);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return [checked(finding(DRIFT_COMMAND_FAILED_CODE, 'error', `the regenerated schema cannot be read: ${error.format()}`, schema, []), context)];
  }
  const difference = compareDocuments(committed.data, regenerated.data, conventions.version_pattern);
  if (difference === undefined) return [];
  const results: CheckedFinding[] = [];
  const hint = `regenerate it with \`${command.join(' ')}\` and commit the result`;
  for (const operation of difference.operations) {
    const what =
      operation.change === 'added'
        ? 'is in the code but missing from the committed schema'
        : operation.change === 'removed'
          ? 'is in the committed schema but no longer in the code'
          : 'differs between the code and the committed schema';
    const path: JsonPath = operation.change === 'added' ? (isPathIn(committed, operation.path) ? ['paths', operation.path] : ['paths']) : ['paths', operation.path, operation.method];
    results.push(checked(finding(DRIFT_CODE, 'error', `${operation.method.toUpperCase()} ${operation.path} ${what}; ${hint}`, schema, path, committed, operation.key), context));
  }
  for (const section of difference.sections) {
    const path: JsonPath = isSectionIn(committed, section) ? [section] : [];
    results.push(checked(finding(DRIFT_CODE, 'error', `"${section}" differs between the code and the committed schema; ${hint}`, schema, path, path.length > 0 ? committed : undefined, section), context));
  }
  return results;
}

function isSectionIn(document: SourceDocument, key: string): boolean {
  const data = document.data;
  return data !== null && typeof data === 'object' && key in data;
}

function isPathIn(document: SourceDocument, path: string): boolean {
  const paths = (document.data as { paths?: unknown } | null)?.paths;
  return paths !== null && typeof paths === 'object' && path in paths;
}

function driftFromSources(context: CheckContext, schema: ProjectFile): CheckedFinding[] {
  const changed = changedProjectFiles(context);
  if (changed.includes(schema.project)) return [];
  const isSource = picomatch(context.config.drift.sources, { dot: true });
  const sources = changed.filter((file) => isSource(file));
  if (sources.length === 0) return [];
  const shown = sources.slice(0, 5).join(', ') + (sources.length > 5 ? ` and ${sources.length - 5} more` : '');
  const message = `the code the schema is generated from changed (${shown}) but ${schema.project} did not; regenerate the schema and commit it, or ignore this if the change does not touch the API`;
  return [checked(finding(DRIFT_SOURCES_CODE, 'warning', message, schema, []), context)];
}
