import type { CheckReport } from '../check/run-check.js';
import { toJsonResult, type JsonResult } from './json.js';
import { compareFindings } from '../findings.js';
import type { FindingStatus, PartId, PartResult } from '../check/types.js';

interface JsonPart {
  part: PartId;
  state: PartResult['state'];
  reason?: string;
  durationMs: number;
  notices: string[];
  findings: Array<JsonResult & { status: FindingStatus; failing: boolean }>;
}

/** The whole report as data, for scripts; findings in the shape of `apigov lint --format json` plus their status. */
export function formatCheckJson(report: CheckReport): string {
  const parts: JsonPart[] = report.parts.map((part) => ({
    part: part.part,
    state: part.state,
    ...(part.reason === undefined ? {} : { reason: part.reason }),
    durationMs: part.durationMs,
    notices: part.notices,
    findings: [...part.findings]
      .sort((a, b) => compareFindings(a.finding, b.finding))
      .map((finding) => ({ ...toJsonResult(finding.finding), status: finding.status, failing: finding.failing })),
  }));
  return `${JSON.stringify({ passed: report.passed, base: report.base ?? null, baseline: report.baseline, parts }, null, 2)}\n`;
}
