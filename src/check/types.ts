import type { StartedRouteLint } from './route-lint-thread.js';
import type { ApigovConfig } from '../config/types.js';
import type { Finding } from '../findings.js';
import type { Baseline } from './baseline.js';
import type { GitRepository } from './git.js';

export type PartId = 'schema-lint' | 'code-lint' | 'diff' | 'drift' | 'co-change';

/**
 * - `new`: not at the base and not baselined; fails when severe enough.
 * - `out-of-scope`: new, but on an operation `lint.mode` leaves alone.
 * - `existing`: already at the base revision.
 * - `baselined`: listed in the baseline file.
 * - `accepted`: a breaking change listed as accepted.
 */
export type FindingStatus = 'new' | 'out-of-scope' | 'existing' | 'baselined' | 'accepted';

/** What a reviewer needs about one schema change (breaking-change part). */
export interface ChangeDetail {
  /** `GET /v1/books`. */
  operation: string;
  before?: string;
  after?: string;
  /** How to make the change safe: the next version's path, deprecate first, or accept it. */
  fix: string;
  /** False for the safe changes kept for the changelog. */
  breaking: boolean;
}

export interface CheckedFinding {
  finding: Finding;
  part: PartId;
  status: FindingStatus;
  /** This finding alone fails the gate. */
  failing: boolean;
  change?: ChangeDetail;
}

export interface PartResult {
  part: PartId;
  /** `skipped`: not configured for this project, or left out with `--skip`. */
  state: 'ran' | 'skipped';
  /** Why it was skipped. */
  reason?: string;
  findings: CheckedFinding[];
  /** Things to tell the user that are not findings (a fixed baselined finding, a fallback). */
  notices: string[];
  durationMs: number;
}

export interface BaseRevision {
  /** What the user named (`origin/main`). */
  ref: string;
  /** The merge base of `ref` and HEAD. */
  commit: string;
  repository: GitRepository;
  /** Repository-relative files that differ between `commit` and the working tree. */
  changedFiles: string[];
}

export interface CheckContext {
  config: ApigovConfig;
  /** The folder of the configuration file; config paths are relative to it. */
  projectRoot: string;
  /** The configuration file, absolute; undefined when the defaults are in force. */
  configFile: string | undefined;
  /** Finding file names are relative to this, as the user sees them. */
  cwd: string;
  base: BaseRevision | undefined;
  baseline: Baseline;
  /** The route-code lint, started before the parts run so it can run alongside them. */
  routeLint?: StartedRouteLint;
}

/** A part's result; `durationMs` when the part's work did not all happen while it ran (the route lint starts early). */
export type CheckPart = (context: CheckContext) => Promise<Omit<PartResult, 'durationMs'> & { durationMs?: number }>;
