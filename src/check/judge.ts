import type { Finding } from '../findings.js';
import { isAtLeast, type Level } from '../levels.js';
import type { Baseline } from './baseline.js';
import type { CheckedFinding, PartId } from './types.js';

export interface JudgeOptions {
  part: PartId;
  /** Fingerprints of the findings at the base; undefined when there is no base to compare with. */
  baseFingerprints: readonly string[] | undefined;
  baseline: Baseline;
  /** False for a new finding that `lint.mode` leaves alone. */
  inScope: (finding: Finding) => boolean;
  failSeverity: Level;
}

/**
 * New versus existing: a finding is existing when the base has one with the
 * same fingerprint (counted, so a second copy of an old mistake is new), else
 * baselined when the baseline lists it, else new.
 */
export function judgeFindings(findings: readonly Finding[], options: JudgeOptions): CheckedFinding[] {
  const atBase = new Map<string, number>();
  for (const fingerprint of options.baseFingerprints ?? []) atBase.set(fingerprint, (atBase.get(fingerprint) ?? 0) + 1);
  return findings.map((finding): CheckedFinding => {
    const fingerprint = finding.fingerprint ?? '';
    const left = atBase.get(fingerprint) ?? 0;
    if (left > 0) {
      atBase.set(fingerprint, left - 1);
      options.baseline.take(fingerprint);
      return { finding, part: options.part, status: 'existing', failing: false };
    }
    if (options.baseline.take(fingerprint)) return { finding, part: options.part, status: 'baselined', failing: false };
    if (!options.inScope(finding)) return { finding, part: options.part, status: 'out-of-scope', failing: false };
    return { finding, part: options.part, status: 'new', failing: isAtLeast(finding.level, options.failSeverity) };
  });
}
