import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../../src/conventions/vocabulary.js';

const vocabulary = new Vocabulary();

describe('noun look-alikes: each decision pinned', () => {
  it.each([
    ['status', 'a noun (the state of a thing), never an action'],
    ['news', 'an uncountable noun'],
    ['series', 'an uncountable noun'],
    ['data', 'a mass noun'],
    ['metadata', 'a mass noun'],
    ['settings', 'a plural noun'],
    ['analytics', 'an uncountable noun'],
    ['trace', 'the observability noun'],
    ['search', 'the conventional name of a query resource'],
  ])('%s is not a verb: %s', (word) => {
    expect(vocabulary.findVerb(word)).toBeUndefined();
  });

  it.each([
    ['process', '/jobs/{id}/process is an action; /processes is the collection'],
    ['export', '/datasets/{id}/export is an action; /exports is the collection'],
    ['upload', 'an action'],
    ['delete', 'an action'],
    ['transfer', 'an action'],
    ['login', 'an action'],
    ['compact', 'an action'],
  ])('%s is a verb in the singular: %s', (word) => {
    expect(vocabulary.findVerb(word)).toBe(word);
  });

  it.each(['processes', 'exports', 'uploads', 'runs', 'imports', 'transfers'])('%s, the plural, is a collection', (word) => {
    expect(vocabulary.findVerb(word)).toBeUndefined();
    expect(vocabulary.classifySegment(word).kind).toBe('plural');
  });
});

describe('classifySegment', () => {
  it.each([
    ['datasets', 'plural'],
    ['api_keys', 'plural'],
    ['dataset_labels', 'plural'],
    ['people', 'plural'],
    ['indices', 'plural'],
    ['metadata', 'uncountable'],
    ['news', 'uncountable'],
    ['series', 'uncountable'],
    ['feedback', 'uncountable'],
    ['search', 'uncountable'],
    ['csv', 'representation'],
    ['jsonl', 'representation'],
    ['otlpv1', 'representation'],
    ['json2', 'representation'],
    ['upload', 'verb'],
    ['get_users', 'verb'],
    ['password_reset', 'verb'],
    ['export_jobs', 'plural'],
    ['dataset', 'singular'],
    ['status', 'singular'],
    ['canvas', 'singular'],
    ['sms', 'singular'],
  ])('%s is %s', (segment, kind) => {
    expect(vocabulary.classifySegment(segment).kind).toBe(kind);
  });

  it('suggests the plural of the head noun only', () => {
    expect(vocabulary.classifySegment('prompt_version')).toEqual({ kind: 'singular', word: 'version', plural: 'prompt_versions' });
  });

  it('strips a numeric suffix before judging number', () => {
    expect(vocabulary.classifySegment('items2').kind).toBe('plural');
  });
});

describe('configuration', () => {
  const configured = new Vocabulary({
    singletons: ['user', 'system'],
    uncountables: ['telemetry'],
    extraVerbs: ['snapshot'],
    extraNouns: ['run'],
    representations: ['arrow'],
  });

  it('singletons are allowed as they are', () => {
    expect(configured.classifySegment('user').kind).toBe('singleton');
    expect(vocabulary.classifySegment('user').kind).toBe('singular');
  });

  it('extra words change the judgement', () => {
    expect(configured.classifySegment('telemetry').kind).toBe('uncountable');
    expect(configured.findVerb('snapshot')).toBe('snapshot');
    expect(configured.findVerb('run')).toBeUndefined();
    expect(configured.classifySegment('arrow').kind).toBe('representation');
  });
});

describe('suggestions', () => {
  it('maps verbs to methods or to resource nouns', () => {
    expect(vocabulary.methodForAction('delete')).toBe('DELETE');
    expect(vocabulary.methodForAction('upload')).toBe('POST');
    expect(vocabulary.methodForAction('transfer')).toBeUndefined();
    expect(vocabulary.nounForAction('transfer')).toBe('transfers');
    expect(vocabulary.nounForAction('compact')).toBe('compactions');
  });

  it('singularizes segments for identifier names', () => {
    expect(vocabulary.singularOfSegment('dataset_labels')).toBe('dataset_label');
    expect(vocabulary.singularOfSegment('people')).toBe('person');
    expect(vocabulary.singularOfSegment('metadata')).toBe('metadata');
  });
});
