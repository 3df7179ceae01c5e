import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import plugin, { configs, rules } from '../../eslint-plugin/index.js';
import { DOCS_BASE_URL } from '../../eslint-plugin/util/create-rule.js';
import { toEslintSeverity } from '../../src/levels.js';
import { schemaRules } from '../../rules/registry.js';

const docsDir = fileURLToPath(new URL('../../docs/eslint/', import.meta.url));
const rulesDir = fileURLToPath(new URL('../../eslint-plugin/rules/', import.meta.url));
const docOf = (name: string) => readFileSync(`${docsDir}${name}.md`, 'utf8');

describe('rule registry', () => {
  it('registers every rule file under its file name', () => {
    const files = readdirSync(rulesDir).filter((file) => file.endsWith('.ts')).map((file) => file.replace(/\.ts$/, ''));
    expect(Object.keys(rules).sort()).toEqual(files.sort());
  });

  it('has a doc for every rule and a rule for every doc', () => {
    const docs = readdirSync(docsDir).filter((file) => file.endsWith('.md') && file !== 'README.md').map((file) => file.replace(/\.md$/, ''));
    expect(docs.sort()).toEqual(Object.keys(rules).sort());
  });

  it('exposes the plugin meta and a flat recommended config that includes the plugin', () => {
    expect(plugin.meta.name).toBe('apigov/eslint-plugin');
    expect(configs['recommended']?.plugins?.['apigov']).toBe(plugin);
  });
});

/** Where the schema rule for the same convention has another id. */
const SPECTRAL_COUNTERPARTS: Record<string, string> = { 'response-key-casing': 'property-casing', 'cursor-pagination': 'list-cursor-pagination' };

describe.each(Object.entries(rules))('%s', (name, rule) => {
  const doc = docOf(name);
  const docs = rule.meta.docs;

  it('links to its doc', () => {
    expect(docs?.url).toBe(`${DOCS_BASE_URL}${name}.md`);
  });

  it('has the description of its meta as the doc summary', () => {
    const summary = /^> (.+)$/m.exec(doc)?.[1];
    expect(summary).toBe(docs?.description);
  });

  it('shows a bad and a good example', () => {
    expect(doc).toMatch(/## Bad\s+```/);
    expect(doc).toMatch(/## Good\s+```/);
  });

  it('is in configs.recommended at its level, or its doc says why not', () => {
    const severity = configs['recommended']?.rules?.[`apigov/${name}`];
    if (docs?.recommended === true) {
      expect(severity).toBe(toEslintSeverity(docs.level));
      expect(doc).toContain('In `configs.recommended`: yes');
    } else {
      expect(severity).toBeUndefined();
      expect(doc).toMatch(/Not in `configs\.recommended` because/);
    }
  });

  it('states its level in its doc, and has the level of the schema rule for the same convention', () => {
    expect(doc).toContain(`Level: ${docs?.level ?? ''} ·`);
    const counterpart = schemaRules.find((schemaRule) => schemaRule.id === (SPECTRAL_COUNTERPARTS[name] ?? name));
    if (counterpart !== undefined) expect(docs?.level).toBe(counterpart.level);
  });

  it('has a strict options schema', () => {
    const schema = rule.meta.schema;
    const entries = Array.isArray(schema) ? schema : [schema];
    for (const entry of entries) {
      if (entry !== undefined && typeof entry === 'object' && 'type' in entry && entry.type === 'object') {
        expect((entry as { additionalProperties?: unknown }).additionalProperties).toBe(false);
      }
    }
  });
});
