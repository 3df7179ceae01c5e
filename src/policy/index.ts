import { findCheck } from '../checks/registry.js';
import { renderMessage, type FingerprintedChange } from '../checks/run.js';
import { stabilityRank } from '../checks/support.js';
import { isAtLeast, type Level, type LevelSetting } from '../levels.js';
import type { Locator } from './locate.js';
import type { AcceptedChange, DiffFinding } from './model.js';
import { parseSunset } from './sunset.js';
import { nextVersionOf } from './versions.js';

export type { AcceptedChange, DiffFinding, DiffSideLocation, VersionAdvice } from './model.js';

export interface PolicyOptions {
  /** Per check id; `off`/`none` drops the check's findings. */
  levels?: Record<string, LevelSetting | 'none'>;
  accepted?: readonly AcceptedChange[];
  versionPattern?: string;
  /** "Today", for sunset dates. */
  now?: Date;
  docsBaseUrl?: string;
}

export const DOCS_BASE_URL = 'https://github.com/apigov/apigov/blob/main/docs/checks/';

const STABLE_RANK = stabilityRank('stable');

/**
 * The version rule and its exceptions, applied after every check ran:
 * configured levels; removals of deprecated items (allowed once their sunset
 * passed); operations below stable (may break, reported as info); accepted
 * changes (reported, never failing); and for every change still breaking, the
 * version it needs.
 */
export function applyPolicy(changes: readonly FingerprintedChange[], locator: Locator, options: PolicyOptions = {}): DiffFinding[] {
  const now = options.now ?? new Date();
  const accepted = new Map((options.accepted ?? []).map((entry) => [entry.fingerprint, entry.reason]));
  const kept: Array<{ change: FingerprintedChange; level: Level; checkLevel: Level; notes: string[] }> = [];
  for (const change of changes) {
    const check = findCheck(change.id);
    if (check === undefined) continue;
    const configured = options.levels?.[change.id];
    if (configured === 'off' || configured === 'none') continue;
    const checkLevel: Level = configured ?? check.level;
    let level = checkLevel;
    const notes: string[] = [];
    const breaking = (): boolean => isAtLeast(level, 'warning');
    const subject = change.subject;
    if (breaking() && subject?.deprecated === true) {
      const sunset = parseSunset(subject.sunset);
      if (sunset !== undefined && sunset.getTime() <= now.getTime()) {
        level = 'info';
        notes.push(`deprecated, and its sunset date ${subject.sunset ?? ''} has passed: removal allowed`);
      } else if (sunset !== undefined) {
        notes.push(`deprecated, but its sunset date ${subject.sunset ?? ''} has not come yet`);
      } else {
        notes.push('deprecated without a sunset date: add one and remove it after that date');
      }
    }
    const stability = change.operation.baseLifecycle?.stability;
    if (breaking() && change.id !== 'api-stability-decreased' && stabilityRank(stability) < STABLE_RANK) {
      level = 'info';
      notes.push(`the operation is ${stability ?? ''}: it may change without a new version`);
    }
    kept.push({ change, level, checkLevel, notes });
  }
  locator.prepare('base', kept.flatMap(({ change }) => (change.base === undefined ? [] : [change.base])));
  locator.prepare('revision', kept.flatMap(({ change }) => (change.revision === undefined ? [] : [change.revision])));
  return kept.map(({ change, level, checkLevel, notes }) => {
    const check = findCheck(change.id);
    if (check === undefined) throw new Error(`unknown check ${change.id}`);
    const breaking = isAtLeast(level, 'warning');
    const reason = accepted.get(change.fingerprint);
    const nextVersion = breaking ? nextVersionOf(change.operation.basePath ?? change.operation.path, options.versionPattern) : undefined;
    if (nextVersion !== undefined) {
      notes.push(`needs /v${nextVersion.next}/: add the new shape under ${nextVersion.path} and leave /v${nextVersion.current}/ as it was`);
    }
    const primary = change.revision ?? change.base;
    const side = change.revision === undefined ? 'base' : 'revision';
    return {
      code: change.id,
      level,
      checkLevel,
      message: renderMessage(check.message, change.args),
      file: primary?.file ?? '',
      path: primary?.path ?? [],
      range: primary === undefined ? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } : locator.range(side, primary),
      source: 'diff',
      operations: [{ method: change.operation.method, path: change.operation.path }],
      operation: { method: change.operation.method, path: change.operation.path },
      fingerprint: change.fingerprint,
      docsUrl: `${options.docsBaseUrl ?? DOCS_BASE_URL}${change.id}.md`,
      direction: check.direction,
      object: check.object,
      args: change.args,
      base: change.base === undefined ? undefined : locator.locate('base', change.base),
      revision: change.revision === undefined ? undefined : locator.locate('revision', change.revision),
      before: change.before,
      after: change.after,
      description: check.description,
      mitigation: check.mitigation,
      breaking,
      accepted: reason === undefined ? undefined : { reason },
      notes,
      nextVersion,
    };
  });
}

export type FailOn = 'error' | 'warning' | 'none';

/** The findings that fail the gate: at or above the threshold, and not accepted. */
export function failingFindings(findings: readonly DiffFinding[], failOn: FailOn): DiffFinding[] {
  if (failOn === 'none') return [];
  return findings.filter((finding) => finding.accepted === undefined && isAtLeast(finding.level, failOn));
}
