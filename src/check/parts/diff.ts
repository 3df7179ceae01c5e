import { resolve } from 'node:path';
import type { JsonValue } from '../../diff/model.js';
import { loadSpec, type LoadedSpec } from '../../load/spec.js';
import type { DiffFinding } from '../../policy/model.js';
import { projectFile, repositoryPath, sourceAtBase } from '../files.js';
import { readAtCommit } from '../git.js';
import type { ChangeDetail, CheckedFinding, CheckPart } from '../types.js';
import { schemaUnchangedSinceBase } from '../unchanged.js';

function shown(value: JsonValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function detail(finding: DiffFinding): ChangeDetail {
  const fix =
    finding.accepted !== undefined
      ? `accepted: ${finding.accepted.reason}`
      : finding.nextVersion !== undefined
        ? `add the new shape under ${finding.nextVersion.path} and leave /v${finding.nextVersion.current}/ as it was; or deprecate first; or accept it in the accepted-changes file (fingerprint ${finding.fingerprint ?? ''})`
        : finding.mitigation;
  const before = shown(finding.before);
  const after = shown(finding.after);
  return {
    operation: `${finding.operation.method.toUpperCase()} ${finding.operation.path}`,
    ...(before === undefined ? {} : { before }),
    ...(after === undefined ? {} : { after }),
    fix,
    breaking: finding.breaking,
  };
}

/**
 * A removal is located in the base revision, a file that is not in the
 * working tree; annotations and SARIF need one that is. It is moved to the
 * operation in the current schema (or its `paths`), saying where it was.
 */
function inWorkingTree(finding: DiffFinding, headFile: string, head: LoadedSpec): DiffFinding {
  if (finding.file === headFile || finding.base === undefined || finding.revision !== undefined) return finding;
  const paths = (head.root.data as { paths?: Record<string, Record<string, unknown> | undefined> } | null)?.paths;
  const method = finding.operation.method.toLowerCase();
  const operation = paths?.[finding.operation.path]?.[method];
  const path = operation === undefined ? ['paths'] : ['paths', finding.operation.path, method];
  const was = `${finding.base.file}:${finding.base.line}`;
  return { ...finding, file: headFile, path, range: head.root.rangeOf(path), message: `${finding.message} (it was at ${was})` };
}

/**
 * The breaking-change diff of each schema against its base revision, through
 * `apigov diff`'s engine and version policy (accepted changes, deprecation and
 * sunset, stability, next version).
 */
export const diffPart: CheckPart = async (context) => {
  const { config, projectRoot, cwd, base } = context;
  if (config.schemas.length === 0) return { part: 'diff', state: 'skipped', reason: 'no `schemas` in the configuration', findings: [], notices: [] };
  if (base === undefined) return { part: 'diff', state: 'skipped', reason: 'the breaking-change diff needs --base', findings: [], notices: [] };
  // The engine is loaded only when there is something to compare.
  const [{ compareSpecs }, { failingFindings }, { loadAcceptedChanges }] = await Promise.all([
    import('../../policy/compare.js'),
    import('../../policy/index.js'),
    import('../../policy/accepted.js'),
  ]);
  const accepted = loadAcceptedChanges(resolve(projectRoot, config.diff.accepted_file), false);
  const allowRemoteRefs = config.lint.allow_remote_refs;
  const findings: CheckedFinding[] = [];
  const notices: string[] = [];
  for (const schema of config.schemas) {
    const file = projectFile(schema, projectRoot, cwd);
    // An unchanged document has no changes to judge (the accepted-changes file cannot add any).
    if (await schemaUnchangedSinceBase(context, file)) continue;
    const inRepository = repositoryPath(file, base.repository);
    const baseText = inRepository === undefined ? undefined : readAtCommit(base.repository, base.commit, inRepository);
    if (baseText === undefined) {
      notices.push(`${file.display} is new since ${base.ref}: nothing to compare it with`);
      continue;
    }
    const before = await loadSpec(`${base.ref}:${inRepository ?? file.project}`, { projectRoot, allowRemoteRefs, text: baseText, source: sourceAtBase(file, base, (path) => readAtCommit(base.repository, base.commit, path)) });
    const after = await loadSpec(file.display, { projectRoot, allowRemoteRefs });
    const comparison = compareSpecs(before, after, {
      levels: config.diff.checks,
      accepted,
      versionPattern: config.conventions.version_pattern,
      extensions: { sunset: config.diff.sunset_extension, stability: config.diff.stability_extension },
    });
    const failing = new Set(failingFindings(comparison.findings, 'error'));
    for (const finding of comparison.findings) {
      findings.push({
        finding: inWorkingTree(finding, file.display, after),
        part: 'diff',
        status: finding.accepted === undefined ? 'new' : 'accepted',
        failing: failing.has(finding),
        change: detail(finding),
      });
    }
  }
  return { part: 'diff', state: 'ran', findings, notices };
};
