import { toPointer } from '../findings.js';
import { isAtLeast } from '../levels.js';
import type { ApigovConfig } from '../config/types.js';
import { baselineEntry, type Baseline, type BaselineEntry } from './baseline.js';
import { projectFile } from './files.js';
import { createRouteLinter } from './route-lint.js';
import { lintSchemaInWorkingTree } from './schema-lint.js';

export interface BaselineUpdate {
  entries: BaselineEntry[];
  added: number;
  dropped: number;
}

/** Today's findings (schema and route code) that would fail the gate, as baseline entries. */
export async function currentBaselineEntries(config: ApigovConfig, projectRoot: string, cwd: string, configFile: string | undefined): Promise<BaselineEntry[]> {
  const entries: BaselineEntry[] = [];
  for (const schema of config.schemas) {
    const file = projectFile(schema, projectRoot, cwd);
    const run = await lintSchemaInWorkingTree(file, config, projectRoot);
    for (const finding of run.findings) {
      if (isAtLeast(finding.level, config.check.fail_severity)) entries.push(baselineEntry(finding, file.project, toPointer(finding.path)));
    }
  }
  if (config.routes.length > 0) {
    const linter = await createRouteLinter(projectRoot, cwd, configFile);
    for (const { file, findings } of await linter.lintFiles(config.routes)) {
      for (const finding of findings) {
        const position = `${finding.range.start.line + 1}:${finding.range.start.character + 1}`;
        if (isAtLeast(finding.level, config.check.fail_severity)) entries.push(baselineEntry(finding, file.project, position));
      }
    }
  }
  return entries;
}

function countByFingerprint(entries: readonly BaselineEntry[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry.fingerprint, (counts.get(entry.fingerprint) ?? 0) + entry.count);
  return counts;
}

/**
 * The new baseline: everything current (`prune: false`), or only the old
 * entries that still match a finding (`prune: true`), so fixed ones drop out
 * and nothing new sneaks in.
 */
export function updateBaseline(previous: Baseline, current: readonly BaselineEntry[], prune: boolean): BaselineUpdate {
  const before = countByFingerprint(previous.entries);
  const now = countByFingerprint(current);
  let entries: BaselineEntry[];
  if (prune) {
    entries = previous.entries.flatMap((entry) => {
      const count = Math.min(entry.count, now.get(entry.fingerprint) ?? 0);
      return count === 0 ? [] : [{ ...entry, count }];
    });
  } else {
    entries = [...current];
  }
  const after = countByFingerprint(entries);
  let added = 0;
  let dropped = 0;
  for (const [fingerprint, count] of after) added += Math.max(0, count - (before.get(fingerprint) ?? 0));
  for (const [fingerprint, count] of before) dropped += Math.max(0, count - (after.get(fingerprint) ?? 0));
  return { entries, added, dropped };
}
