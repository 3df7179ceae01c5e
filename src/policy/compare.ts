import { runChecks, type FingerprintedChange } from '../checks/run.js';
import { diffSpecs } from '../diff/index.js';
import type { SpecDiff } from '../diff/model.js';
import type { ExtensionNames } from '../diff/reader.js';
import type { LoadedSpec } from '../load/spec.js';
import { applyPolicy, type DiffFinding, type PolicyOptions } from './index.js';
import { Locator } from './locate.js';

export interface CompareOptions extends PolicyOptions {
  extensions?: ExtensionNames;
}

export interface Comparison {
  diff: SpecDiff;
  changes: FingerprintedChange[];
  findings: DiffFinding[];
}

/** The three layers in order: what changed, what it means, what the policy makes of it. */
export function compareSpecs(base: LoadedSpec, revision: LoadedSpec, options: CompareOptions = {}): Comparison {
  const diff = diffSpecs(base, revision, {
    ...(options.versionPattern === undefined ? {} : { versionPattern: options.versionPattern }),
    ...(options.extensions === undefined ? {} : { extensions: options.extensions }),
  });
  const changes = runChecks(diff);
  const findings = applyPolicy(changes, new Locator(base, revision), options);
  return { diff, changes, findings };
}
