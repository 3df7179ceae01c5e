import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { formatFindings, type FormatContext } from '../../src/formatters/index.js';
import { formatSarif, toSarifLog, type SarifLog } from '../../src/formatters/sarif.js';
import { sarifValidator } from '../helpers/sarif.js';
import { CONTEXT, DOCUMENT_FINDING, FINDINGS, NASTY_FINDING } from './fixtures.js';


const validate = sarifValidator();

function expectValid(log: unknown): void {
  const valid = validate(log);
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

const ALL: Finding[] = [...FINDINGS, DOCUMENT_FINDING, NASTY_FINDING];

describe('sarif', () => {
  it('is valid SARIF 2.1.0 for every kind of finding', () => {
    expectValid(JSON.parse(formatFindings(ALL, 'sarif', CONTEXT)));
  });

  it('is valid SARIF 2.1.0 for no findings, and still lists the rules', () => {
    const log = JSON.parse(formatSarif([], CONTEXT)) as SarifLog;
    expectValid(log);
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].tool.driver.rules.map((rule) => rule.id)).toEqual(['path-no-verbs', 'property-casing']);
  });

  it('has a validator that rejects invalid logs', () => {
    const log = toSarifLog(FINDINGS, CONTEXT);
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
    const broken = structuredClone(log) as unknown as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    broken.runs[0]!.results[0]!.level = 'fatal';
    expect(validate(broken)).toBe(false);
    const zeroLine = structuredClone(log);
    zeroLine.runs[0].results[0]!.locations[0]!.physicalLocation.region.startLine = 0;
    expect(validate(zeroLine)).toBe(false);
    const badUri = structuredClone(log);
    badUri.runs[0].results[0]!.locations[0]!.physicalLocation.artifactLocation.uri = 'my file.yaml';
    expect(validate(badUri)).toBe(false);
  });

  it('describes the driver and one rule per id from the context or the findings', () => {
    const log = toSarifLog(ALL, { ...CONTEXT, toolName: 'apigov-check', informationUri: 'https://example.test/apigov' });
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    const { driver } = log.runs[0].tool;
    expect(driver).toMatchObject({ name: 'apigov-check', version: '0.1.0', informationUri: 'https://example.test/apigov' });
    expect(toSarifLog([], CONTEXT).runs[0].tool.driver).not.toHaveProperty('informationUri');
    expect(driver.rules).toEqual([
      { id: 'async-handler' },
      { id: 'not-openapi' },
      { id: 'odd:rule,x' },
      {
        id: 'path-no-verbs',
        shortDescription: { text: 'No verbs in paths.' },
        helpUri: 'https://example.test/rules/path-no-verbs',
        defaultConfiguration: { level: 'error' },
      },
      { id: 'property-casing', shortDescription: { text: 'Property names are snake_case.' }, defaultConfiguration: { level: 'warning' } },
      { id: 'query-param-casing' },
    ]);
    for (const result of log.runs[0].results) expect(driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
  });

  it('writes results with levels, 1-based regions, logical locations and fingerprints', () => {
    const { results } = toSarifLog(FINDINGS, CONTEXT).runs[0];
    expect(results.map((result) => [result.ruleId, result.level, result.properties.level])).toEqual([
      ['path-no-verbs', 'error', 'error'],
      ['property-casing', 'warning', 'warning'],
      ['async-handler', 'note', 'info'],
      ['query-param-casing', 'note', 'hint'],
    ]);
    expect(results[0]).toEqual({
      ruleId: 'path-no-verbs',
      ruleIndex: 1,
      level: 'error',
      message: { text: 'Segment `upload` is a verb; use POST /v1/datasets.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'openapi.yaml', uriBaseId: 'SRCROOT' },
            region: { startLine: 4, startColumn: 3, endLine: 4, endColumn: 25 },
          },
          logicalLocations: [{ fullyQualifiedName: '/paths/~1v1~1datasets~1upload' }],
        },
      ],
      partialFingerprints: { 'apigov/v1': 'fp-1' },
      properties: { level: 'error', operations: [{ method: 'post', path: '/v1/datasets/upload' }] },
    });
    // Code findings have no JSON path, hence no logical location; no fingerprint, no partialFingerprints.
    expect(results[2]!.locations[0]).not.toHaveProperty('logicalLocations');
    expect(results[2]).not.toHaveProperty('partialFingerprints');
  });

  it('gives a finding without a position a region at line 1', () => {
    const [result] = toSarifLog([DOCUMENT_FINDING], CONTEXT).runs[0].results;
    expect(result!.locations[0]!.physicalLocation.region).toEqual({ startLine: 1 });
  });

  it('makes artifact URIs relative to cwd, with forward slashes and percent-encoding', () => {
    const context: FormatContext = { ...CONTEXT, cwd: '/repo' };
    const uris = (files: string[]): string[] =>
      toSarifLog(files.map((file) => ({ ...FINDINGS[0]!, file })), context).runs[0].results.map(
        (result) => result.locations[0]!.physicalLocation.artifactLocation.uri,
      );
    expect(uris(['/repo/schemas/openapi.yaml'])).toEqual(['schemas/openapi.yaml']);
    expect(uris(['./schemas/openapi.yaml'])).toEqual(['schemas/openapi.yaml']);
    expect(uris([NASTY_FINDING.file])).toEqual(['specs/my%20api%2Cv1%3A%231.yaml']);
    expect(uris(['schemas/ünïcode 100%.yaml'])).toEqual(['schemas/%C3%BCn%C3%AFcode%20100%25.yaml']);
    // Outside cwd there is no relative reference to give: an absolute file URI.
    const outside = toSarifLog([{ ...FINDINGS[0]!, file: '/elsewhere/open api.yaml' }], context).runs[0].results[0]!;
    expect(outside.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'file:///elsewhere/open%20api.yaml' });
    expect(toSarifLog([], context).runs[0].originalUriBaseIds).toEqual({ SRCROOT: { uri: 'file:///repo/' } });
  });

  it('clamps an end before the start so the region stays valid', () => {
    const backwards: Finding = { ...FINDINGS[0]!, range: { start: { line: 5, character: 4 }, end: { line: 2, character: 0 } } };
    const log = toSarifLog([backwards], CONTEXT);
    expect(log.runs[0].results[0]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 6, startColumn: 5, endLine: 6, endColumn: 5 });
    expectValid(log);
  });

  it('does not depend on the input order', () => {
    expect(formatSarif([...ALL].reverse(), { ...CONTEXT, rules: [...CONTEXT.rules].reverse() })).toBe(formatSarif(ALL, CONTEXT));
  });
});
