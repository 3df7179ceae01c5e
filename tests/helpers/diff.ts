import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadSpec, type LoadedSpec } from '../../src/load/spec.js';
import { compareSpecs, type CompareOptions, type Comparison } from '../../src/policy/compare.js';

export const DIFF_FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'diff');

/** Loads OpenAPI text as if it were the named file. */
export function specFromText(text: string, file = 'openapi.yaml'): Promise<LoadedSpec> {
  return loadSpec(file, { projectRoot: process.cwd(), text });
}

export async function compareTexts(base: string, revision: string, options: CompareOptions = {}): Promise<Comparison> {
  return compareSpecs(await specFromText(base, 'base.yaml'), await specFromText(revision, 'revision.yaml'), options);
}

export interface FixturePair {
  name: string;
  dir: string;
  /** The check ids the pair must produce, exactly (default: the folder's name). */
  expected: string[];
}

function pairsIn(dir: string, prefix: string): FixturePair[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .map((entry) => {
      const folder = join(dir, entry.name);
      const expectedFile = join(folder, 'expected.yaml');
      const expected = existsSync(expectedFile) ? ((parse(readFileSync(expectedFile, 'utf8')) as { ids: string[] }).ids ?? []) : [entry.name];
      return { name: `${prefix}${entry.name}`, dir: folder, expected: [...expected].sort() };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** One pair per check id: `fixtures/diff/<id>/{base,revision}.yaml`. */
export function checkFixturePairs(): FixturePair[] {
  return pairsIn(DIFF_FIXTURES, '');
}

/** Look-alikes that must not break anything: `fixtures/diff/_safe/<name>/`. */
export function safeFixturePairs(): FixturePair[] {
  return pairsIn(join(DIFF_FIXTURES, '_safe'), '_safe/');
}

export async function compareFixture(pair: FixturePair, options: CompareOptions = {}): Promise<Comparison> {
  const base = await loadSpec(join(pair.dir, 'base.yaml'), { projectRoot: pair.dir });
  const revision = await loadSpec(join(pair.dir, 'revision.yaml'), { projectRoot: pair.dir });
  return compareSpecs(base, revision, { now: new Date('2026-12-01T00:00:00Z'), ...options });
}
