import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDoc } from '../../src/checks/docs.js';
import { CHECKS } from '../../src/checks/registry.js';
import { catalogueMarkdown } from '../../src/cli/commands/checks.js';
import { checkFixturePairs, DIFF_FIXTURES } from '../helpers/diff.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CHECKS_DIR = join(ROOT, 'src', 'checks');
const SUPPORT_FILES = new Set(['types.ts', 'walk.ts', 'support.ts', 'registry.ts', 'run.ts', 'docs.ts']);

describe('the check registry', () => {
  it('has at least 60 checks', () => {
    expect(CHECKS.length).toBeGreaterThanOrEqual(60);
  });

  it('lists every check file, once, and nothing else', () => {
    const files = readdirSync(CHECKS_DIR).filter((file) => file.endsWith('.ts') && !SUPPORT_FILES.has(file)).map((file) => basename(file, '.ts')).sort();
    expect(CHECKS.map((check) => check.id).sort()).toEqual(files);
    expect(new Set(CHECKS.map((check) => check.id)).size).toBe(CHECKS.length);
  });

  const fixtureExpectations = new Map(checkFixturePairs().map((pair) => [pair.name, pair.expected]));
  for (const check of CHECKS) {
    describe(check.id, () => {
      it('is named <direction>-<object>-<change> in kebab-case', () => {
        expect(check.id).toMatch(/^[a-z]+(-[a-z]+){2,}$/);
        expect(check.id.startsWith(`${check.direction}-`)).toBe(true);
      });
      it('has a description, a message and a mitigation', () => {
        expect(check.description.length).toBeGreaterThan(15);
        expect(check.description.endsWith('.')).toBe(true);
        expect(check.mitigation.length).toBeGreaterThan(8);
        expect(check.message).toMatch(/\{\{\w+\}\}/);
      });
      it('has a fixture pair that the table test expects it to find', () => {
        expect(existsSync(join(DIFF_FIXTURES, check.id, 'base.yaml'))).toBe(true);
        expect(existsSync(join(DIFF_FIXTURES, check.id, 'revision.yaml'))).toBe(true);
        expect(fixtureExpectations.get(check.id)).toContain(check.id);
      });
      it('has its generated doc, up to date', () => {
        const doc = join(ROOT, 'docs', 'checks', `${check.id}.md`);
        expect(existsSync(doc)).toBe(true);
        expect(readFileSync(doc, 'utf8')).toBe(checkDoc(check));
      });
    });
  }

  it('has no fixture folder without a check', () => {
    const ids = new Set(CHECKS.map((check) => check.id));
    for (const pair of checkFixturePairs()) expect(ids.has(pair.name), pair.name).toBe(true);
  });

  it('has its catalogue page up to date', () => {
    expect(readFileSync(join(ROOT, 'docs', 'checks', 'README.md'), 'utf8')).toBe(catalogueMarkdown(CHECKS));
  });

  it('covers both directions for the core areas', () => {
    const ids = new Set(CHECKS.map((check) => check.id));
    for (const id of [
      'api-operation-removed',
      'request-parameter-added-required',
      'request-parameter-became-required',
      'request-parameter-removed',
      'request-parameter-type-changed',
      'request-parameter-moved',
      'request-parameter-enum-value-removed',
      'request-parameter-default-changed',
      'request-body-added-required',
      'request-body-became-required',
      'request-property-added-required',
      'request-property-became-required',
      'request-property-type-changed',
      'request-property-enum-value-removed',
      'request-property-constraint-tightened',
      'request-property-additional-properties-closed',
      'response-property-removed',
      'response-property-became-optional',
      'response-property-became-nullable',
      'response-property-type-changed',
      'response-property-enum-value-added',
      'response-success-status-removed',
      'response-media-type-removed',
      'response-header-removed',
      'api-security-requirement-added',
      'api-security-scope-added',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });
});
