import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaRules } from '../../rules/registry.js';
import { FIXTURES } from '../helpers/lint.js';

const ROOT = join(FIXTURES, '..');

describe('every schema rule', () => {
  it('has a unique id equal to its file name', () => {
    const files = readdirSync(join(ROOT, 'rules', 'functions')).filter((name) => name.endsWith('.ts')).map((name) => name.replace(/\.ts$/, ''));
    expect(schemaRules.map((rule) => rule.id).sort()).toEqual(files.sort());
    expect(new Set(schemaRules.map((rule) => rule.id)).size).toBe(schemaRules.length);
  });

  describe.each(schemaRules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
    it('has good and bad fixtures and a test file', () => {
      expect(existsSync(join(FIXTURES, 'openapi', id, 'bad.yaml'))).toBe(true);
      expect(existsSync(join(FIXTURES, 'openapi', id, 'good.yaml'))).toBe(true);
      expect(existsSync(join(ROOT, 'tests', 'rules', `${id}.test.ts`))).toBe(true);
    });

    it('has a doc that matches its metadata', () => {
      const doc = readFileSync(join(ROOT, 'docs', 'rules', `${id}.md`), 'utf8');
      expect(doc.startsWith(`# ${id}\n`)).toBe(true);
      expect(doc).toContain(rule.description);
      expect(doc).toContain(rule.rationale);
      expect(doc).toContain(rule.examples.bad);
      expect(doc).toContain(rule.examples.good);
    });

    it('has a one-line description, a rationale and a message through {{error}} in the Spectral ruleset', () => {
      expect(rule.description).not.toContain('\n');
      expect(rule.rationale.length).toBeGreaterThan(20);
      const ruleset = readFileSync(join(ROOT, 'rules', 'apigov.yaml'), 'utf8');
      expect(ruleset).toContain(`  ${id}:\n    description: ${JSON.stringify(rule.description)}\n    message: '{{error}}'`);
    });
  });
});

describe('the Spectral function bundles', () => {
  it('are self-contained: they import nothing but @stoplight/spectral-* (the editor extension runs offline)', () => {
    for (const rule of schemaRules) {
      const bundle = readFileSync(join(ROOT, 'rules', 'dist', 'functions', `${rule.id}.js`), 'utf8');
      const imports = [...bundle.matchAll(/^\s*import\s[^'"]*['"]([^'"]+)['"]/gm), ...bundle.matchAll(/\brequire\(['"]([^'"]+)['"]\)/g)].map((match) => match[1]);
      expect(imports.length).toBeGreaterThan(0);
      for (const specifier of imports) expect(specifier).toMatch(/^@stoplight\/spectral-/);
    }
  });
});
