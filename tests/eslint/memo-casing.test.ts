import { describe, expect, it } from 'vitest';
import { matchesCasing, toCasing, type CasingStyle } from '../../src/conventions/words.js';
import { matchesCasingMemo, toCasingMemo } from '../../eslint-plugin/util/memo-casing.js';

const NAMES = ['sortBy', 'sort_by', 'next_cursor', 'HTTPServer', 'page-size', 'limit', 'otlpv1', 'X'];
const STYLES: CasingStyle[] = ['snake_case', 'camelCase', 'kebab-case'];

describe('remembered casing answers', () => {
  it('are the conventions core answers, asked twice, for every style', () => {
    for (const style of STYLES) {
      for (const name of [...NAMES, ...NAMES]) {
        expect(matchesCasingMemo(name, style)).toBe(matchesCasing(name, style));
        expect(toCasingMemo(name, style)).toBe(toCasing(name, style));
      }
    }
  });

  it('keep styles apart', () => {
    expect(toCasingMemo('sortBy', 'snake_case')).toBe('sort_by');
    expect(toCasingMemo('sortBy', 'kebab-case')).toBe('sort-by');
    expect(matchesCasingMemo('sortBy', 'camelCase')).toBe(true);
    expect(matchesCasingMemo('sortBy', 'snake_case')).toBe(false);
  });
});
