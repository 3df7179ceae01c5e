import { describe, expect, it } from 'vitest';
import { lintFixture, lintText, openapi, summarize } from '../helpers/lint.js';

const rules = ['paths-versioned'];

describe('paths-versioned', () => {
  it('flags a path without a version and one whose version is not first', () => {
    const findings = lintFixture('paths-versioned', 'bad.yaml');
    expect(summarize(findings)).toEqual([
      ['paths-versioned', 'paths > /datasets'],
      ['paths-versioned', 'paths > /api/v1/projects'],
    ]);
    expect(findings[0]?.message).toContain('/v1/datasets');
    expect(findings[1]?.message).toContain('start the path with it');
    expect(findings[0]?.range.start.line).toBe(3);
  });

  it('accepts versioned paths', () => {
    expect(lintFixture('paths-versioned', 'good.yaml')).toEqual([]);
  });

  it('exempts paths only through the configuration', () => {
    const text = openapi(`  /healthz: { get: { responses: { '200': { description: OK } } } }
  /auth/login: { post: { responses: { '200': { description: OK } } } }
  /datasets: { get: { responses: { '200': { description: OK } } } }`);
    expect(lintText(text, { rules })).toHaveLength(3);
    const config = { exemptions: [{ reason: 'probed by the load balancer; auth flows are fixed URLs', rules, paths: ['/healthz', '/auth/**'] }] };
    expect(summarize(lintText(text, { rules, config }))).toEqual([['paths-versioned', 'paths > /datasets']]);
  });

  it('an exemption for another rule does not silence this one', () => {
    const text = openapi(`  /healthz: { get: { responses: { '200': { description: OK } } } }`);
    const config = { exemptions: [{ reason: 'not this rule', rules: ['path-no-verbs'], paths: ['/healthz'] }] };
    expect(lintText(text, { rules, config })).toHaveLength(1);
  });

  it('takes the version from the servers when every server URL carries one', () => {
    const text = openapi(`  /datasets: { get: { responses: { '200': { description: OK } } } }`, 'servers:\n  - url: https://api.example.com/v1\n');
    expect(lintText(text, { rules })).toEqual([]);
    const mixed = openapi(`  /datasets: { get: { responses: { '200': { description: OK } } } }`, 'servers:\n  - url: https://api.example.com/v1\n  - url: http://localhost:6006\n');
    expect(lintText(mixed, { rules })).toHaveLength(1);
  });

  it('honours a configured version pattern', () => {
    const text = openapi(`  /2024-01/datasets: { get: { responses: { '200': { description: OK } } } }`);
    expect(lintText(text, { rules })).toHaveLength(1);
    expect(lintText(text, { rules, config: { conventions: { version_pattern: '^(\\d{4})-\\d{2}$' } } })).toEqual([]);
  });
});
