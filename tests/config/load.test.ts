import { describe, expect, it } from 'vitest';
import { DEFAULT_CONVENTIONS } from '../../src/config/defaults.js';
import { parseConfig } from '../../src/config/load.js';
import { InputError } from '../../src/errors.js';

function errorOf(text: string): string {
  try {
    parseConfig(text, 'apigov.config.yaml');
  } catch (error) {
    if (error instanceof InputError) return error.format();
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('configuration', () => {
  it('fills in defaults for what the file leaves out', () => {
    const config = parseConfig('conventions:\n  singletons: [user]\n  pagination: { limit_param: page_size }\n', 'apigov.config.yaml');
    expect(config.conventions.singletons).toEqual(['user']);
    expect(config.conventions.pagination).toEqual({ ...DEFAULT_CONVENTIONS.pagination, limit_param: 'page_size' });
    expect(config.conventions.envelope_key).toBe('data');
    expect(config.exemptions).toEqual([]);
  });

  it('accepts JSON too', () => {
    expect(parseConfig('{ "conventions": { "envelope_key": "result" } }', 'apigov.config.json').conventions.envelope_key).toBe('result');
  });

  it('locates an unknown key (a typo) at its line and column', () => {
    expect(errorOf('conventions:\n  singeltons: [user]\n')).toBe('apigov.config.yaml:2:3: invalid configuration: conventions has an unknown key "singeltons"');
  });

  it('locates a wrong value', () => {
    expect(errorOf('conventions:\n  casing:\n    properties: camel\n')).toBe(
      'apigov.config.yaml:3:17: invalid configuration: conventions.casing.properties must be one of "snake_case", "camelCase", "kebab-case"',
    );
    expect(errorOf('rules:\n  path-no-verbs: fatal\n')).toContain('apigov.config.yaml:2:18: invalid configuration: rules.path-no-verbs must be one of');
  });

  it('requires a reason and a target on every exemption', () => {
    expect(errorOf('exemptions:\n  - paths: [/healthz]\n')).toBe('apigov.config.yaml:2:5: invalid configuration: exemptions.0 is missing "reason"');
    expect(errorOf('exemptions:\n  - reason: because\n')).toContain('must name at least one of paths, media_types or schemas');
  });

  it('rejects an invalid regular expression and invalid YAML, located', () => {
    expect(errorOf("conventions:\n  version_pattern: '^v(\\d+'\n")).toMatch(/^apigov\.config\.yaml:2:20: invalid configuration: conventions\.version_pattern is not a valid regular expression/);
    expect(errorOf('conventions: [\n')).toMatch(/^apigov\.config\.yaml:\d+:\d+: invalid configuration:/);
  });

  it('rejects a rule or check id that does not exist, at the id, with the nearest real one', () => {
    expect(errorOf('rules:\n  path-segment-plural: off\n')).toBe(
      'apigov.config.yaml:2:3: invalid configuration: rule "path-segment-plural" is not an apigov rule (did you mean "path-segments-plural"?)',
    );
    expect(errorOf('exemptions:\n  - reason: the health check\n    paths: [/healthz]\n    rules: [paths-versioned, path-no-verb]\n')).toBe(
      'apigov.config.yaml:4:30: invalid configuration: rule "path-no-verb" is not an apigov rule (did you mean "path-no-verbs"?)',
    );
    expect(errorOf('diff:\n  checks:\n    response-property-removd: warning\n')).toBe(
      'apigov.config.yaml:3:5: invalid configuration: check "response-property-removd" is not an apigov diff check (did you mean "response-property-removed"?)',
    );
    expect(errorOf('rules:\n  something-else-entirely: off\n')).toBe('apigov.config.yaml:2:3: invalid configuration: rule "something-else-entirely" is not an apigov rule');
  });

  it('accepts every kind of id the surfaces report: schema rules, plugin rules, stock spectral:oas rules, diff checks', () => {
    const config = parseConfig(
      'rules:\n  path-no-verbs: warning\n  async-handler: off\n  operation-tag-defined: off\n  remote-ref-not-fetched: info\nexemptions:\n  - reason: legacy\n    paths: [/legacy/**]\n    rules: [response-key-casing, query-param-casing]\ndiff:\n  checks:\n    response-header-type-changed: warning\n',
      'apigov.config.yaml',
    );
    expect(config.rules['async-handler']).toBe('off');
    expect(config.diff.checks['response-header-type-changed']).toBe('warning');
  });
});
