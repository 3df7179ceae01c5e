import { describe, expect, it } from 'vitest';
import { parsePathTemplate } from '../../src/conventions/paths.js';
import { isCollectionSegment, isNamespaceSegment, isStateChangingAction } from '../../src/conventions/route-paths.js';
import { Vocabulary } from '../../src/conventions/vocabulary.js';

const vocabulary = new Vocabulary({ singletons: ['me', 'status', 'health'] });

function segment(path: string, index: number) {
  const parsed = parsePathTemplate(path);
  const found = parsed.segments[index];
  if (found === undefined) throw new Error(`no segment ${index} in ${path}`);
  return { parsed, found };
}

describe('isNamespaceSegment', () => {
  it('reads `api` and anything before the version as where the API lives', () => {
    const { parsed, found } = segment('/api/v1/users', 0);
    expect(isNamespaceSegment(parsed, found)).toBe(true);
    const admin = segment('/admin/v2/users', 0);
    expect(isNamespaceSegment(admin.parsed, admin.found)).toBe(true);
  });

  it('reads segments after the version, and unversioned ones, as resources', () => {
    const users = segment('/api/v1/users', 2);
    expect(isNamespaceSegment(users.parsed, users.found)).toBe(false);
    const user = segment('/user/profile', 0);
    expect(isNamespaceSegment(user.parsed, user.found)).toBe(false);
  });
});

describe('isStateChangingAction', () => {
  it('follows the method the vocabulary maps an action to', () => {
    expect(isStateChangingAction('delete', vocabulary)).toBe(true);
    expect(isStateChangingAction('update', vocabulary)).toBe(true);
    expect(isStateChangingAction('download', vocabulary)).toBe(false);
    expect(isStateChangingAction('list', vocabulary)).toBe(false);
  });

  it('treats unmapped actions as changes unless they only read', () => {
    expect(isStateChangingAction('cancel', vocabulary)).toBe(true);
    expect(isStateChangingAction('approve', vocabulary)).toBe(true);
    expect(isStateChangingAction('export', vocabulary)).toBe(false);
    expect(isStateChangingAction('validate', vocabulary)).toBe(false);
  });
});

describe('isCollectionSegment', () => {
  it('accepts plural nouns', () => {
    expect(isCollectionSegment('datasets', vocabulary)).toBe(true);
    expect(isCollectionSegment('api_keys', vocabulary)).toBe(true);
  });

  it('rejects singulars, singletons, uncountables and plural-form single resources', () => {
    expect(isCollectionSegment('dataset', vocabulary)).toBe(false);
    expect(isCollectionSegment('status', vocabulary)).toBe(false);
    expect(isCollectionSegment('news', vocabulary)).toBe(false);
    expect(isCollectionSegment('settings', vocabulary)).toBe(false);
    expect(isCollectionSegment('analytics', vocabulary)).toBe(false);
  });
});
