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
    const paths = new Set(findings.map((finding) => String(finding.path[1])));
    for (const exempt of ['/healthz', '/readyz', '/arize_phoenix_version', '/v1/chat/completions', '/auth/login']) expect(paths.has(exempt)).toBe(false);
    // the parameter of a login flow is still Phoenix's to name
    expect(findings.some((finding) => finding.code === 'query-param-casing' && finding.message.includes('"returnUrl"'))).toBe(true);
    // and the real deviations remain
    expect(findings.some((finding) => finding.code === 'path-no-verbs' && finding.path[1] === '/v1/datasets/upload')).toBe(true);
    expect(findings.some((finding) => finding.code === 'paths-versioned' && finding.path[1] === '/agents/server/sessions/{session_id}/chat')).toBe(true);
  });
});
