import type { CheckReport } from '../check/run-check.js';
import { allFindings } from '../check/summary.js';
import type { FindingStatus } from '../check/types.js';
import type { FormatContext } from './index.js';
import { toSarifLog, type SarifLog } from './sarif.js';

type BaselineState = 'new' | 'unchanged';

const STATE: Record<FindingStatus, BaselineState> = {
  new: 'new',
  'out-of-scope': 'new',
  existing: 'unchanged',
  baselined: 'unchanged',
  accepted: 'unchanged',
};

/**
 * One SARIF log for every part (the shared `toSarifLog`), each result marked
 * with SARIF's own `baselineState` so code scanning can tell what the change
 * introduced.
 */
export function checkSarifLog(report: CheckReport, context: FormatContext): SarifLog & { runs: [{ results: Array<{ baselineState?: BaselineState }> }] } {
  const findings = allFindings(report);
  // A relative docs link is no SARIF `helpUri` (it must be absolute); the rule list carries the absolute ones.
  const log = toSarifLog(findings.map(({ finding }) => { const { docsUrl: _relative, ...rest } = finding; return rest; }), context);
  const stateByFingerprint = new Map<string, BaselineState>();
  for (const finding of findings) {
    const fingerprint = finding.finding.fingerprint;
    if (fingerprint === undefined) continue;
    // Two findings with one fingerprint (an old mistake copied): one of them is new.
    if (stateByFingerprint.get(fingerprint) !== 'new') stateByFingerprint.set(fingerprint, STATE[finding.status]);
  }
  for (const result of log.runs[0].results as Array<(typeof log.runs)[0]['results'][number] & { baselineState?: BaselineState }>) {
    const fingerprint = result.partialFingerprints?.['apigov/v1'];
    const state = fingerprint === undefined ? undefined : stateByFingerprint.get(fingerprint);
    if (state !== undefined) result.baselineState = state;
  }
  return log;
}

export function formatCheckSarif(report: CheckReport, context: FormatContext): string {
  return `${JSON.stringify(checkSarifLog(report, context), null, 2)}\n`;
}
