import { describe, expect, it } from 'vitest';
import { lintFixture, summarize } from '../helpers/lint.js';

describe('query-param-casing', () => {
  it('flags camelCase and kebab-case names, a shared parameter once', () => {
    const findings = lintFixture('query-param-casing', 'bad.yaml');
    expect(summarize(findings)).toEqual([
      ['query-param-casing', 'paths > /v1/datasets > get > parameters > 0 > name'],
      ['query-param-casing', 'components > parameters > PageToken > name'],
    ]);
    expect(findings[0]?.message).toBe('Query parameter "sortBy" is camelCase; use snake_case: "sort_by".');
    expect(findings[1]?.operations).toHaveLength(2);
  });

  it('accepts snake_case, bracket filters, digits, and leaves headers and cookies alone', () => {
    expect(lintFixture('query-param-casing', 'good.yaml')).toEqual([]);
  });
});
