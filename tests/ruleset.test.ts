import { Document, Ruleset, Spectral, type RulesetDefinition } from '@stoplight/spectral-core';
import { Yaml } from '@stoplight/spectral-parsers';
import { describe, expect, it } from 'vitest';
import { createRuleset } from '../rules/ruleset.js';
import { toSpectralFunction } from '../rules/spectral-function.js';
import pathNoVerbs from '../rules/functions/path-no-verbs.js';
import { lintText, openapi } from './helpers/lint.js';

const text = openapi(`  /v1/user: { get: { responses: { '200': { description: OK } } } }
  /v1/datasets/upload: { post: { responses: { '201': { description: Created } } } }`);

async function spectralRun(ruleset: RulesetDefinition): Promise<Array<{ code: string; path: string[]; message: string }>> {
  const spectral = new Spectral();
  spectral.setRuleset(ruleset);
  const results = await spectral.run(new Document(text, Yaml, 'openapi.yaml'));
  return results.map((result) => ({ code: String(result.code), path: result.path.map(String), message: result.message }));
}

describe('createRuleset (for a .spectral.js)', () => {
  it('runs our rules through Spectral with the configured conventions', async () => {
    const defaults = await spectralRun(createRuleset({ spectralOas: false }));
    expect(defaults.map((result) => result.code).sort()).toEqual(['path-no-verbs', 'path-segments-plural']);
    const configured = await spectralRun(createRuleset({ spectralOas: false, conventions: { singletons: ['user'] } }));
    expect(configured.map((result) => result.code)).toEqual(['path-no-verbs']);
  });

  it('gives the same messages and paths as apigov lint', async () => {
    const viaSpectral = await spectralRun(createRuleset({ spectralOas: false }));
    const ours = lintText(text).map((finding) => ({ code: finding.code, path: finding.path.map(String), message: finding.message }));
    const order = (list: Array<{ code: string }>): Array<{ code: string }> => [...list].sort((a, b) => a.code.localeCompare(b.code));
    expect(order(viaSpectral)).toEqual(order(ours));
  });

  it('turns rules off and extends spectral:oas', async () => {
    const results = await spectralRun(createRuleset({ rules: { 'path-no-verbs': 'off' } }));
    expect(results.some((result) => result.code === 'path-no-verbs')).toBe(false);
    expect(results.some((result) => result.code === 'oas3-schema' || result.code === 'operation-operationId')).toBe(true);
    expect(results.some((result) => result.code === 'info-contact')).toBe(false);
  });

  it('rejects an invalid option when the ruleset is loaded, naming it', () => {
    const spectral = new Spectral();
    const ruleset = {
      rules: {
        'path-no-verbs': {
          given: '$',
          resolved: false,
          then: { function: toSpectralFunction(pathNoVerbs), functionOptions: { conventions: { envelope: 'data' } } },
        },
      },
    } as unknown as RulesetDefinition;
    let messages: string[] = [];
    try {
      spectral.setRuleset(ruleset);
    } catch (error) {
      messages = ((error as AggregateError).errors ?? [error]).map((inner: Error) => inner.message);
    }
    expect(messages).toEqual(['"path-no-verbs" function does not support "conventions.envelope" option']);
  });
});

describe('Spectral overrides', () => {
  it('still turn one of our rules off for one path', async () => {
    const document = openapi(`  /healthz: { get: { responses: { '200': { description: OK } } } }
  /datasets: { get: { responses: { '200': { description: OK } } } }`);
    const spectral = new Spectral();
    const ruleset = createRuleset({ spectralOas: false });
    const definition = { ...ruleset, overrides: [{ files: ['openapi.yaml#/paths/~1healthz'], rules: { 'paths-versioned': 'off' } }] } as RulesetDefinition;
    spectral.setRuleset(new Ruleset(definition, { source: '/project/.spectral.js' }));
    const results = await spectral.run(new Document(document, Yaml, '/project/openapi.yaml'));
    const versioned = results.filter((result) => result.code === 'paths-versioned').map((result) => result.path.join(' > '));
    expect(versioned).toEqual(['paths > /datasets']);
  });
});
