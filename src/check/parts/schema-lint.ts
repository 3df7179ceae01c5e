import { InputError } from '../../errors.js';
import { configAtBase } from '../base-config.js';
import { projectFile, repositoryPath, sourceAtBase } from '../files.js';
import { readAtCommit } from '../git.js';
import { judgeFindings } from '../judge.js';
import { compareOperations, operationDigests, type OperationChanges, type OperationDigest } from '../operations.js';
import { lintSchemaInWorkingTree, lintSchemaText } from '../schema-lint.js';
import { schemaScope } from '../scope.js';
import { schemaUnchangedSinceBase } from '../unchanged.js';
import type { CheckContext, CheckedFinding, CheckPart } from '../types.js';

/** The schema lint, new findings against the base, `lint.mode` and the baseline applied. */
export const schemaLintPart: CheckPart = async (context: CheckContext) => {
  const { config, projectRoot, cwd, base } = context;
  if (config.schemas.length === 0) {
    return { part: 'schema-lint', state: 'skipped', reason: 'no `schemas` in the configuration', findings: [], notices: [] };
  }
  const notices: string[] = [];
  const baseConfig = configAtBase(context);
  if (baseConfig.notice !== undefined) notices.push(baseConfig.notice);
  const versionPattern = config.conventions.version_pattern;
  const findings: CheckedFinding[] = [];
  for (const schema of config.schemas) {
    const file = projectFile(schema, projectRoot, cwd);
    const head = await lintSchemaInWorkingTree(file, config, projectRoot);
    let baseFingerprints: string[] | undefined;
    let changes: OperationChanges | undefined;
    if (base !== undefined && (await schemaUnchangedSinceBase(context, file))) {
      // Same text, same configuration: the base's findings are the head's, and no operation changed.
      baseFingerprints = head.findings.map((finding) => finding.fingerprint ?? '');
      changes = { added: new Set(), changed: new Set(), removed: new Set() };
    } else if (base !== undefined) {
      const inRepository = repositoryPath(file, base.repository);
      const baseText = inRepository === undefined ? undefined : readAtCommit(base.repository, base.commit, inRepository);
      const baseDigests = new Map<string, OperationDigest>();
      baseFingerprints = [];
      if (baseText === undefined) {
        notices.push(`${file.display} is new since ${base.ref}: every finding in it is new`);
      } else {
        try {
          const baseRun = await lintSchemaText(file, baseText, baseConfig.config, projectRoot, sourceAtBase(file, base, (path) => readAtCommit(base.repository, base.commit, path)));
          baseFingerprints = baseRun.findings.map((finding) => finding.fingerprint ?? '');
          for (const [key, digest] of operationDigests(baseRun.document, versionPattern)) baseDigests.set(key, digest);
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          notices.push(`${file.display} could not be read at ${base.ref} (${error.format()}): every finding in it is new`);
        }
      }
      changes = compareOperations(baseDigests, operationDigests(head.document, versionPattern));
    }
    findings.push(
      ...judgeFindings(head.findings, {
        part: 'schema-lint',
        baseFingerprints,
        baseline: context.baseline,
        inScope: schemaScope(config.lint.mode, changes, versionPattern),
        failSeverity: config.check.fail_severity,
      }),
    );
  }
  for (const entry of context.baseline.fixed('schema')) {
    notices.push(`fixed, no longer needs its baseline entry: ${entry.code} in ${entry.file} at ${entry.location} (run \`apigov baseline --prune\`)`);
  }
  return { part: 'schema-lint', state: 'ran', findings, notices };
};
