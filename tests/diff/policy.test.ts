import { describe, expect, it } from 'vitest';
import { findCheck } from '../../src/checks/registry.js';
import { failingFindings } from '../../src/policy/index.js';
import { parseAcceptedChanges } from '../../src/policy/accepted.js';
import { nextVersionOf } from '../../src/policy/versions.js';
import { InputError } from '../../src/errors.js';
import { compareTexts } from '../helpers/diff.js';

const HEAD = `openapi: 3.1.0
info: { title: t, version: '1' }
`;

function operationDoc(path: string, extra = '', parameters = ''): string {
  return `${HEAD}paths:
  ${path}:
    get:${extra}
      parameters:
        - { name: q, in: query, schema: { type: string } }${parameters}
      responses: { '200': { description: OK } }
    post:
      responses: { '200': { description: OK } }
`;
}

const REQUIRED_PARAMETER = `\n        - { name: project, in: query, required: true, schema: { type: string } }`;

describe('the version policy', () => {
  it('says a breaking change under /v1/ needs /v2/ and fails the gate', async () => {
    const { findings } = await compareTexts(operationDoc('/v1/items'), operationDoc('/v1/items', '', REQUIRED_PARAMETER));
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.nextVersion).toEqual({ current: 1, next: 2, path: '/v2/items' });
    expect(finding?.notes).toContain('needs /v2/: add the new shape under /v2/items and leave /v1/ as it was');
    expect(failingFindings(findings, 'error')).toEqual(findings);
  });

  it('passes a new /v2/ route that leaves /v1/ untouched', async () => {
    const base = operationDoc('/v1/items');
    const revision = `${base.trimEnd()}\n  /v2/items:\n    get:\n      parameters:${REQUIRED_PARAMETER}\n      responses: { '200': { description: OK } }\n`;
    const { findings } = await compareTexts(base, revision);
    expect(findings.map((finding) => finding.code)).toEqual(['api-path-added']);
    expect(failingFindings(findings, 'warning')).toEqual([]);
  });

  it('honours the configured version pattern', () => {
    expect(nextVersionOf('/api/version-3/items', '^version-(\\d+)$')).toEqual({ current: 3, next: 4, path: '/api/version-4/items' });
    expect(nextVersionOf('/items', undefined)).toBeUndefined();
  });

  it('reports marking an operation deprecated as info', async () => {
    const { findings } = await compareTexts(operationDoc('/v1/items'), operationDoc('/v1/items', '\n      deprecated: true'));
    expect(findings.map((finding) => [finding.code, finding.level])).toEqual([['api-operation-deprecated', 'info']]);
  });

  describe('removing a deprecated operation', () => {
    const removed = (marks: string): Promise<Awaited<ReturnType<typeof compareTexts>>> =>
      compareTexts(operationDoc('/v1/items', marks), operationDoc('/v1/items', marks).replace(/ {4}get:[\s\S]*? {4}post:/, '    post:'), {
        now: new Date('2026-12-01T00:00:00Z'),
      });

    it('is allowed once its sunset date has passed', async () => {
      const { findings } = await removed("\n      deprecated: true\n      x-sunset: '2026-06-30'");
      expect(findings.map((finding) => [finding.code, finding.level])).toEqual([['api-operation-removed', 'info']]);
      expect(findings[0]?.notes[0]).toContain('has passed');
      expect(failingFindings(findings, 'warning')).toEqual([]);
    });

    it('is an error before the sunset date', async () => {
      const { findings } = await removed("\n      deprecated: true\n      x-sunset: '2027-06-30'");
      expect(findings.map((finding) => [finding.code, finding.level])).toEqual([['api-operation-removed', 'error']]);
      expect(findings[0]?.notes[0]).toContain('has not come yet');
    });

    it('is an error without a sunset date, and without deprecation', async () => {
      expect((await removed('\n      deprecated: true')).findings[0]?.level).toBe('error');
      expect((await removed('')).findings[0]?.level).toBe('error');
    });

    it('reads the configured sunset extension', async () => {
      const marks = "\n      deprecated: true\n      x-removal-date: '2026-06-30'";
      const base = operationDoc('/v1/items', marks);
      const revision = base.replace(/ {4}get:[\s\S]*? {4}post:/, '    post:');
      const { findings } = await compareTexts(base, revision, { now: new Date('2026-12-01T00:00:00Z'), extensions: { sunset: 'x-removal-date', stability: 'x-stability-level' } });
      expect(findings[0]?.level).toBe('info');
    });
  });

  it('lets an operation below stable break without a new version, as info', async () => {
    const { findings } = await compareTexts(operationDoc('/v1/items', '\n      x-stability-level: beta'), operationDoc('/v1/items', '\n      x-stability-level: beta', REQUIRED_PARAMETER));
    expect(findings.map((finding) => [finding.code, finding.level, finding.checkLevel])).toEqual([['request-parameter-added-required', 'info', 'error']]);
    expect(findings[0]?.notes).toEqual(['the operation is beta: it may change without a new version']);
    expect(findings[0]?.nextVersion).toBeUndefined();
  });

  it('reports accepted changes without failing the gate', async () => {
    const first = await compareTexts(operationDoc('/v1/items'), operationDoc('/v1/items', '', REQUIRED_PARAMETER));
    const fingerprint = first.findings[0]?.fingerprint ?? '';
    const { findings } = await compareTexts(operationDoc('/v1/items'), operationDoc('/v1/items', '', REQUIRED_PARAMETER), {
      accepted: [{ fingerprint, reason: 'clients migrated' }],
    });
    expect(findings[0]?.accepted).toEqual({ reason: 'clients migrated' });
    expect(findings[0]?.level).toBe('error');
    expect(failingFindings(findings, 'error')).toEqual([]);
  });

  it('applies level overrides per check id; none and off drop the check', async () => {
    const pair = [operationDoc('/v1/items'), operationDoc('/v1/items', '', REQUIRED_PARAMETER)] as const;
    expect((await compareTexts(...pair, { levels: { 'request-parameter-added-required': 'none' } })).findings).toEqual([]);
    expect((await compareTexts(...pair, { levels: { 'request-parameter-added-required': 'off' } })).findings).toEqual([]);
    const warned = await compareTexts(...pair, { levels: { 'request-parameter-added-required': 'warning' } });
    expect(warned.findings[0]?.level).toBe('warning');
    expect(failingFindings(warned.findings, 'error')).toEqual([]);
    expect(failingFindings(warned.findings, 'warning')).toHaveLength(1);
  });
});

describe('fingerprints', () => {
  it('stay the same when lines move, a path parameter is renamed or the message changes', async () => {
    const base = `${HEAD}paths:\n  /v1/items/{id}:\n    get:\n      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]\n      responses: { '200': { description: OK } }\n`;
    const withFlag = (text: string): string => text.replace('schema: { type: string } }]', `schema: { type: string } }, { name: flag, in: query, required: true, schema: { type: string } }]`);
    const first = await compareTexts(base, withFlag(base));
    const shifted = `${HEAD}tags: [{ name: items }]\nservers: [{ url: 'https://example.com' }]\n${base.slice(HEAD.length)}`;
    const renamed = shifted.replaceAll('{id}', '{item_id}').replace('name: id,', 'name: item_id,');
    const second = await compareTexts(shifted, withFlag(renamed));
    const fingerprint = (findings: typeof first.findings): string | undefined => findings.find((finding) => finding.code === 'request-parameter-added-required')?.fingerprint;
    expect(fingerprint(first.findings)).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint(second.findings)).toBe(fingerprint(first.findings));
    expect(findCheck('request-parameter-added-required')?.message).not.toContain('fingerprint');
  });

  it('differ between different changes of the same kind', async () => {
    const base = operationDoc('/v1/items');
    const two = operationDoc('/v1/items', '', `${REQUIRED_PARAMETER}\n        - { name: team, in: query, required: true, schema: { type: string } }`);
    const { findings } = await compareTexts(base, two);
    expect(new Set(findings.map((finding) => finding.fingerprint)).size).toBe(2);
  });
});

describe('the accepted-changes file', () => {
  it('reads fingerprints with reasons', () => {
    expect(parseAcceptedChanges('accepted:\n  - fingerprint: 0123456789abcdef\n    reason: migrated in March\n', 'apigov-accepted.yaml')).toEqual([
      { fingerprint: '0123456789abcdef', reason: 'migrated in March' },
    ]);
  });

  it('refuses an entry without a reason, naming the line', () => {
    const text = 'accepted:\n  - fingerprint: 0123456789abcdef\n  - fingerprint: fedcba9876543210\n    reason: ok then\n';
    let error: unknown;
    try {
      parseAcceptedChanges(text, 'apigov-accepted.yaml');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).format()).toBe('apigov-accepted.yaml:2:5: accepted change 0123456789abcdef needs a "reason"');
  });
});
