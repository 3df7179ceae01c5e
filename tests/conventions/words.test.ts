import { describe, expect, it } from 'vitest';
import { detectCasing, isSnakeCase, matchesCasing, splitWords, toCamelCase, toKebabCase, toSnakeCase } from '../../src/conventions/words.js';

describe('splitWords', () => {
  it.each([
    ['sortBy', ['sort', 'by']],
    ['sort_by', ['sort', 'by']],
    ['incomplete-runs', ['incomplete', 'runs']],
    ['PromptVersion', ['prompt', 'version']],
    ['HTTPServer', ['http', 'server']],
    ['APIKeys', ['api', 'keys']],
    ['api_keys', ['api', 'keys']],
    ['otlpv1', ['otlpv1']],
    ['level2Items', ['level2', 'items']],
    ['sha256_hash', ['sha256', 'hash']],
    ['SCREAMING_CASE', ['screaming', 'case']],
    ['returnUrl', ['return', 'url']],
    ['getV1Data', ['get', 'v1', 'data']],
  ])('%s → %j', (identifier, words) => {
    expect(splitWords(identifier)).toEqual(words);
  });
});

describe('isSnakeCase', () => {
  it.each(['status', 'sort_by', 'api_keys', 'otlpv1', 'level_2', 'span_kind2', 'v1'])('accepts %s', (name) => {
    expect(isSnakeCase(name)).toBe(true);
  });
  it.each(['sortBy', 'incomplete-runs', 'Sort_by', '_private', 'double__underscore', 'trailing_', '2fa', 'APIKey', ''])('rejects %s', (name) => {
    expect(isSnakeCase(name)).toBe(false);
  });
});

describe('casing', () => {
  it('detects the casing a name is written in', () => {
    expect(detectCasing('sort_by')).toBe('snake_case');
    expect(detectCasing('incomplete-runs')).toBe('kebab-case');
    expect(detectCasing('returnUrl')).toBe('camelCase');
    expect(detectCasing('PromptVersion')).toBe('PascalCase');
    expect(detectCasing('MAX_SIZE')).toBe('SCREAMING_SNAKE_CASE');
    expect(detectCasing('Project-ID')).toBe('mixed');
  });

  it('suggests the converted name', () => {
    expect(toSnakeCase('sortBy')).toBe('sort_by');
    expect(toSnakeCase('APIKeys')).toBe('api_keys');
    expect(toSnakeCase('incomplete-runs')).toBe('incomplete_runs');
    expect(toCamelCase('next_cursor')).toBe('nextCursor');
    expect(toKebabCase('dataset_labels')).toBe('dataset-labels');
  });

  it('a single lower-case word matches every casing style', () => {
    for (const style of ['snake_case', 'camelCase', 'kebab-case'] as const) expect(matchesCasing('status', style)).toBe(true);
    expect(matchesCasing('nextCursor', 'camelCase')).toBe(true);
    expect(matchesCasing('next_cursor', 'camelCase')).toBe(false);
    expect(matchesCasing('incomplete-runs', 'kebab-case')).toBe(true);
  });
});
