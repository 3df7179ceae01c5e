import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig } from '../../src/config/defaults.js';
import type { ApigovConfigInput } from '../../src/config/types.js';
import type { Finding } from '../../src/findings.js';
import { locateFindings, runRules } from '../../src/lint/engine.js';
import { detectVersion, LoadedSpec } from '../../src/load/spec.js';
import { parseSource } from '../../src/load/source.js';
import { OpenApiModel } from '../../src/openapi/model.js';
import { findRule, schemaRules } from '../../rules/registry.js';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

export function fixtureText(...parts: string[]): string {
  return readFileSync(join(FIXTURES, ...parts), 'utf8');
}

/** Lints in-memory OpenAPI text with the named rules (all when omitted). */
export function lintText(text: string, options: { rules?: string[]; config?: ApigovConfigInput; file?: string } = {}): Finding[] {
  const file = options.file ?? 'openapi.yaml';
  const document = parseSource(text, file);
  const version = detectVersion(document);
  const spec = new LoadedSpec(document, version, new Map([[file, document]]), new Map([[document, file]]), []);
  const rules = options.rules === undefined ? schemaRules : options.rules.map((id) => {
    const rule = findRule(id);
    if (rule === undefined) throw new Error(`no rule ${id}`);
    return rule;
  });
  return locateFindings(runRules(new OpenApiModel(spec), resolveConfig(options.config), rules));
}

export function lintFixture(rule: string, name: 'good.yaml' | 'bad.yaml', config?: ApigovConfigInput): Finding[] {
  return lintText(fixtureText('openapi', rule, name), { rules: [rule], file: `fixtures/openapi/${rule}/${name}`, ...(config ? { config } : {}) });
}

/** A minimal valid OpenAPI 3.1 document with the given paths (YAML). */
export function openapi(paths: string, extra = ''): string {
  return `openapi: 3.1.0\ninfo: { title: t, version: '1' }\npaths:\n${paths}\n${extra}`;
}

/** `[code, pointer-ish path, message fragment]` triples, for compact assertions. */
export function summarize(findings: Finding[]): Array<[string, string]> {
  return findings.map((finding) => [finding.code, finding.path.join(' > ')]);
}
