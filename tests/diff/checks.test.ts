import { describe, expect, it } from 'vitest';
import { findCheck } from '../../src/checks/registry.js';
import { loadSpec } from '../../src/load/spec.js';
import { compareSpecs } from '../../src/policy/compare.js';
import { checkFixturePairs, compareFixture, safeFixturePairs } from '../helpers/diff.js';

describe('every check on its fixture pair', () => {
  for (const pair of checkFixturePairs()) {
    it(`${pair.name}: finds exactly ${pair.expected.join(', ')}`, async () => {
      const { findings } = await compareFixture(pair);
      expect([...new Set(findings.map((finding) => finding.code))].sort()).toEqual(pair.expected);
      for (const finding of findings) {
        const check = findCheck(finding.code);
        expect(check).toBeDefined();
        // No policy adjustment applies to these fixtures: the level is the check's own.
        expect(finding.level).toBe(check?.level);
        expect(finding.message).not.toMatch(/\{\{|undefined/);
        const location = finding.revision ?? finding.base;
        expect(location?.line).toBeGreaterThan(1);
        expect(finding.fingerprint).toMatch(/^[0-9a-f]{16}$/);
      }
    });
  }

  it('read backwards, a pair does not find its own id again (except for changes that are their own reverse)', async () => {
    // A replaced value (type, format, pattern, default, name, location) reads the same both ways.
    const ownReverse = new Set([
      'api-operation-id-changed',
      'api-security-scheme-changed',
      'api-security-scheme-url-changed',
      'request-discriminator-property-changed',
      'response-discriminator-property-changed',
      'api-path-parameter-renamed',
      'request-parameter-moved',
      'request-parameter-default-changed',
      'request-property-default-changed',
      'request-parameter-pattern-changed',
      'request-property-pattern-changed',
      'request-parameter-format-changed',
      'request-property-format-changed',
      'response-property-format-changed',
      'request-parameter-type-changed',
      'request-property-type-changed',
      'response-property-type-changed',
      'response-header-type-changed',
      'response-success-status-removed',
    ]);
    // Lifting a parameter's or property's deprecation is not reported (the operation's is).
    const noCounterpart = new Set(['request-parameter-deprecated', 'request-property-deprecated']);
    for (const pair of checkFixturePairs()) {
      if (ownReverse.has(pair.name)) continue;
      const base = await loadSpec(`${pair.dir}/revision.yaml`, { projectRoot: pair.dir });
      const revision = await loadSpec(`${pair.dir}/base.yaml`, { projectRoot: pair.dir });
      const backward = compareSpecs(base, revision, { now: new Date('2026-12-01T00:00:00Z') });
      if (!noCounterpart.has(pair.name)) expect(backward.findings.length, pair.name).toBeGreaterThan(0);
      expect(backward.findings.map((finding) => finding.code), pair.name).not.toContain(pair.name);
    }
  });
});

describe('look-alikes that do not break clients', () => {
  for (const pair of safeFixturePairs()) {
    it(`${pair.name}: ${pair.expected.length === 0 ? 'no change' : pair.expected.join(', ')}`, async () => {
      const { findings } = await compareFixture(pair);
      expect([...new Set(findings.map((finding) => finding.code))].sort()).toEqual(pair.expected);
      expect(findings.filter((finding) => finding.breaking)).toEqual([]);
    });
  }
});
