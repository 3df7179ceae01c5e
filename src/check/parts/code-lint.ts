import { judgeFindings } from '../judge.js';
import { repositoryPath } from '../files.js';
import { readAtCommit } from '../git.js';
import { startRouteLint } from '../route-lint-thread.js';
import { unchangedSinceBase } from '../unchanged.js';
import type { CheckedFinding, CheckPart } from '../types.js';

/**
 * Route code through the ESLint plugin, with the same new-versus-existing
 * logic as the schema: a file's findings at the base come from linting the
 * file's base text under its current name. `lint.mode` is about schema
 * operations and does not apply here.
 */
export const codeLintPart: CheckPart = async (context) => {
  const { config, projectRoot, cwd, base } = context;
  if (config.routes.length === 0) return { part: 'code-lint', state: 'skipped', reason: 'no `routes` globs in the configuration', findings: [], notices: [] };
  const started = context.routeLint ?? startRouteLint({ projectRoot, cwd, configFile: context.configFile, patterns: config.routes });
  const linter = await started.linter;
  const linted = await started.files;
  const afterHead = performance.now();
  const notices: string[] = [`route code linted with ${linter.configuration}`];
  const findings: CheckedFinding[] = [];
  for (const { file, findings: head } of linted.results) {
    if (head.length === 0) continue;
    let baseFingerprints: string[] | undefined;
    if (base !== undefined && unchangedSinceBase(context, file, linter.configFiles)) {
      baseFingerprints = head.map((finding) => finding.fingerprint ?? '');
    } else if (base !== undefined) {
      const inRepository = repositoryPath(file, base.repository);
      const baseText = inRepository === undefined ? undefined : readAtCommit(base.repository, base.commit, inRepository);
      baseFingerprints = baseText === undefined ? [] : (await linter.lintText(file, baseText)).map((finding) => finding.fingerprint ?? '');
    }
    findings.push(
      ...judgeFindings(head, {
        part: 'code-lint',
        baseFingerprints,
        baseline: context.baseline,
        inScope: () => true,
        failSeverity: config.check.fail_severity,
      }),
    );
  }
  for (const entry of context.baseline.fixed('code')) {
    notices.push(`fixed, no longer needs its baseline entry: ${entry.code} in ${entry.file} (run \`apigov baseline --prune\`)`);
  }
  if (context.routeLint === undefined) started.close();
  // what the lint took, in its worker, alongside the parts before this one; plus the base texts linted here
  return { part: 'code-lint', state: 'ran', findings, notices, durationMs: linted.durationMs + (performance.now() - afterHead) };
};
