import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { FIXTURES, lintText } from '../helpers/lint.js';

const configFile = join(FIXTURES, 'phoenix', 'apigov.config.yaml');
const PHOENIX = resolve(FIXTURES, '..', '..', 'shared', 'corpus', 'phoenix', 'openapi.json');

describe('the Phoenix-style configuration', () => {
  const config = parseConfig(readFileSync(configFile, 'utf8'), configFile);

  it('is valid, and every exemption has a reason', () => {
    expect(config.exemptions.length).toBeGreaterThan(3);
    for (const exemption of config.exemptions) expect(exemption.reason.length).toBeGreaterThan(20);
  });

  it.skipIf(!existsSync(PHOENIX))('silences exactly the legitimate exceptions on the real schema', () => {
    const text = readFileSync(PHOENIX, 'utf8');
    const input = { conventions: config.conventions, exemptions: config.exemptions };
    const findings = lintText(text, { file: 'openapi.json', config: input });
    const concerns = (finding: (typeof findings)[number], path: string): boolean => finding.operations?.some((operation) => operation.path === path) ?? false;
    for (const exempt of ['/healthz', '/readyz', '/arize_phoenix_version', '/v1/chat/completions']) {
      expect(findings.filter((finding) => concerns(finding, exempt))).toEqual([]);
    }
    const pathShape = new Set(['paths-versioned', 'path-no-verbs', 'path-segments-plural', 'path-segment-casing']);
    expect(findings.filter((finding) => concerns(finding, '/auth/login') && pathShape.has(finding.code))).toEqual([]);
    // a state-changing GET stays a finding, even in a login flow
    expect(findings.some((finding) => finding.code === 'http-method-semantics' && concerns(finding, '/auth/logout'))).toBe(true);
    // vendored wire formats are exempt by schema name; Phoenix's own camelCase is not
    expect(findings.some((finding) => finding.code === 'property-casing' && finding.path[2] === 'ToolInputAvailablePart')).toBe(false);
    expect(findings.some((finding) => finding.code === 'property-casing' && finding.path[2] === 'ChatRequestBody')).toBe(true);
    // the parameter of a login flow is still Phoenix's to name
    expect(findings.some((finding) => finding.code === 'query-param-casing' && finding.message.includes('"returnUrl"'))).toBe(true);
    // and the real deviations remain
    expect(findings.some((finding) => finding.code === 'path-no-verbs' && finding.path[1] === '/v1/datasets/upload')).toBe(true);
    expect(findings.some((finding) => finding.code === 'paths-versioned' && finding.path[1] === '/agents/server/sessions/{session_id}/chat')).toBe(true);
  });
});
