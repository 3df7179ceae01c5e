import { existsSync, readFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import type { Finding, FindingSource } from '../findings.js';

export interface BaselineEntry {
  fingerprint: string;
  code: string;
  source: FindingSource;
  /** Project-relative, forward slashes. */
  file: string;
  /** JSON pointer (schema) or `line:col` at the time of writing (code), for the reader only. */
  location: string;
  message: string;
  /** How many identical findings this entry stands for. */
  count: number;
}

export interface BaselineFile {
  $comment: string;
  version: 1;
  findings: BaselineEntry[];
}

const COMMENT = 'Findings accepted as they are; `apigov check` does not fail on them. Regenerate with `apigov baseline`.';

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  return compareText(a.file, b.file) || compareText(a.code, b.code) || compareText(a.location, b.location) || compareText(a.fingerprint, b.fingerprint);
}

/** Sorted and without volatile data (no dates, no absolute paths), so a diff of it reads well in review. */
export function serializeBaseline(entries: readonly BaselineEntry[]): string {
  const merged = new Map<string, BaselineEntry>();
  for (const entry of entries) {
    const known = merged.get(entry.fingerprint);
    if (known === undefined) merged.set(entry.fingerprint, { ...entry });
    else known.count += entry.count;
  }
  const file: BaselineFile = { $comment: COMMENT, version: 1, findings: [...merged.values()].sort(compareEntries) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The baseline with use counts: each entry absorbs up to `count` matching findings. */
export class Baseline {
  private readonly remaining = new Map<string, number>();

  constructor(
    readonly file: string | undefined,
    readonly entries: readonly BaselineEntry[],
  ) {
    for (const entry of entries) this.remaining.set(entry.fingerprint, (this.remaining.get(entry.fingerprint) ?? 0) + entry.count);
  }

  get size(): number {
    return this.entries.reduce((total, entry) => total + entry.count, 0);
  }

  /** True (and one use spent) when a finding with this fingerprint is baselined. */
  take(fingerprint: string): boolean {
    const left = this.remaining.get(fingerprint) ?? 0;
    if (left === 0) return false;
    this.remaining.set(fingerprint, left - 1);
    return true;
  }

  /** Entries of `source` that matched nothing: the findings were fixed. */
  fixed(source: FindingSource): BaselineEntry[] {
    return this.entries.filter((entry) => entry.source === source && (this.remaining.get(entry.fingerprint) ?? 0) > 0);
  }
}

export function emptyBaseline(): Baseline {
  return new Baseline(undefined, []);
}

export function readBaseline(path: string, displayName: string): Baseline {
  if (!existsSync(path)) return new Baseline(undefined, []);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InputError(`the baseline is not valid JSON (${(error as Error).message}); regenerate it with \`apigov baseline\``, { file: displayName });
  }
  const findings = (parsed as Partial<BaselineFile> | null)?.findings;
  if (!Array.isArray(findings) || !findings.every(isEntry)) {
    throw new InputError('the baseline has no valid "findings" list; regenerate it with `apigov baseline`', { file: displayName });
  }
  return new Baseline(displayName, findings);
}

function isEntry(value: unknown): value is BaselineEntry {
  if (value === null || typeof value !== 'object') return false;
  const entry = value as Record<string, unknown>;
  return typeof entry['fingerprint'] === 'string' && typeof entry['code'] === 'string' && typeof entry['file'] === 'string' &&
    (entry['source'] === 'schema' || entry['source'] === 'code') && typeof entry['count'] === 'number' && entry['count'] >= 1;
}

export function baselineEntry(finding: Finding, projectFile: string, location: string): BaselineEntry {
  if (finding.fingerprint === undefined) throw new Error(`finding ${finding.code} has no fingerprint`);
  return { fingerprint: finding.fingerprint, code: finding.code, source: finding.source, file: projectFile, location, message: finding.message, count: 1 };
}
