import type { ChangeArgs, CheckDirection, CheckObject } from '../checks/types.js';
import type { JsonValue } from '../diff/model.js';
import type { Finding, OperationRef } from '../findings.js';

/** A position on one side of the comparison, for people (1-based) and machines (pointer). */
export interface DiffSideLocation {
  file: string;
  line: number;
  column: number;
  pointer: string;
}

export interface VersionAdvice {
  /** The version the operation lives under today. */
  current: number;
  /** The version the new shape belongs under. */
  next: number;
  /** The operation's path with the version segment bumped: where the new shape goes. */
  path: string;
}

/** A diff finding: the shared model plus what a reviewer needs to judge a change. */
export interface DiffFinding extends Finding {
  source: 'diff';
  direction: CheckDirection;
  object: CheckObject;
  args: ChangeArgs;
  operation: OperationRef;
  base?: DiffSideLocation | undefined;
  revision?: DiffSideLocation | undefined;
  before?: JsonValue | undefined;
  after?: JsonValue | undefined;
  description: string;
  mitigation: string;
  /** The level before the policy adjusted it (the check's default or the configured override). */
  checkLevel: Finding['level'];
  /** error or warning after the policy: the change may break clients. */
  breaking: boolean;
  accepted?: { reason: string } | undefined;
  /** Why the policy set the level it did (sunset passed, beta operation...). */
  notes: string[];
  nextVersion?: VersionAdvice | undefined;
}

export interface AcceptedChange {
  fingerprint: string;
  reason: string;
}
