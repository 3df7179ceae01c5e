import picomatch from 'picomatch';
import { UNKNOWN_RANGE, type Finding } from '../../findings.js';
import { isAtLeast } from '../../levels.js';
import { projectFile } from '../files.js';
import { checkFingerprint } from '../fingerprint.js';
import type { CheckedFinding, CheckPart } from '../types.js';
import { changedProjectFiles } from './changed-files.js';

export const CO_CHANGE_CODE = 'co-change-missing';

/**
 * Downstream artifacts: when a file matching a rule's `when` changed since the
 * base, every entry of its `require` (a file or a glob) must have a changed
 * file too, or the generated clients are out of date.
 */
export const coChangePart: CheckPart = async (context) => {
  const rules = context.config.co_change;
  if (rules.length === 0) return { part: 'co-change', state: 'skipped', reason: 'no co_change rules configured', findings: [], notices: [] };
  if (context.base === undefined) return { part: 'co-change', state: 'skipped', reason: 'co_change needs --base to know what changed', findings: [], notices: [] };
  const changed = changedProjectFiles(context);
  const findings: CheckedFinding[] = [];
  for (const rule of rules) {
    const isTrigger = picomatch(rule.when, { dot: true });
    const triggers = changed.filter((file) => isTrigger(file));
    if (triggers.length === 0) continue;
    const missing = rule.require.filter((artifact) => {
      const isArtifact = picomatch(artifact, { dot: true });
      return !changed.some((file) => isArtifact(file));
    });
    if (missing.length === 0) continue;
    const trigger = triggers[0] as string;
    const message =
      `${triggers.join(', ')} changed, so ${missing.length === 1 ? 'this artifact' : 'these artifacts'} must be regenerated in the same change: ${missing.join(', ')}` +
      (rule.reason === undefined ? '' : ` (${rule.reason})`);
    const file = projectFile(trigger, context.projectRoot, context.cwd);
    const result: Finding = {
      code: CO_CHANGE_CODE,
      level: 'error',
      message,
      file: file.display,
      path: [],
      range: UNKNOWN_RANGE,
      source: 'check',
      fingerprint: checkFingerprint(CO_CHANGE_CODE, file.project, JSON.stringify([rule.when, missing])),
    };
    findings.push({ finding: result, part: 'co-change', status: 'new', failing: isAtLeast(result.level, context.config.check.fail_severity) });
  }
  return { part: 'co-change', state: 'ran', findings, notices: [] };
};
