import { describe, expect, it } from 'vitest';
import { SourceDocument } from '../../src/load/document.js';
import { LocalResolver } from '../../src/load/resolver.js';
import { OpenApiModel } from '../../src/openapi/model.js';
import {
  componentSchemaName,
  isJsonMediaType,
  isSuccessStatus,
  schemaAlternatives,
  statusClass,
  statusForbidsBody,
} from '../../src/openapi/schemas.js';

function modelOf(data: unknown): OpenApiModel {
  return new OpenApiModel(new LocalResolver(new SourceDocument('<test>', '', 'json', data), '3.1'));
}

describe('isJsonMediaType', () => {
  it('accepts application/json, +json suffixes and parameters', () => {
    for (const type of ['application/json', 'application/json; charset=utf-8', 'application/problem+json', 'application/vnd.api+json', 'APPLICATION/JSON']) {
      expect(isJsonMediaType(type), type).toBe(true);
    }
  });
  it('rejects line-delimited JSON, text and event streams', () => {
    for (const type of ['application/jsonl', 'application/x-ndjson', 'application/json-seq', 'text/plain', 'text/csv', 'text/event-stream', 'multipart/form-data']) {
      expect(isJsonMediaType(type), type).toBe(false);
    }
  });
});

describe('status keys', () => {
  it('classifies codes and ranges, not default or junk', () => {
    expect(statusClass('200')).toBe(2);
    expect(statusClass('2XX')).toBe(2);
    expect(statusClass('404')).toBe(4);
    expect(statusClass('default')).toBeUndefined();
    expect(statusClass('2xx')).toBeUndefined();
    expect(statusClass('600')).toBeUndefined();
    expect(statusClass('20')).toBeUndefined();
    expect(isSuccessStatus('204')).toBe(true);
    expect(isSuccessStatus('302')).toBe(false);
    expect(statusForbidsBody('204')).toBe(true);
    expect(statusForbidsBody('200')).toBe(false);
  });
});

describe('componentSchemaName', () => {
  it('names component schemas and 2.0 definitions, not their inner nodes', () => {
    expect(componentSchemaName({ path: ['components', 'schemas', 'User'] })).toBe('User');
    expect(componentSchemaName({ path: ['definitions', 'User'] })).toBe('User');
    expect(componentSchemaName({ path: ['components', 'schemas', 'User', 'properties', 'name'] })).toBeUndefined();
    expect(componentSchemaName({ path: ['paths', '/a', 'get'] })).toBeUndefined();
  });
});

describe('schemaAlternatives', () => {
  const model = modelOf({
    openapi: '3.1.0',
    components: {
      schemas: {
        A: { type: 'object', properties: { data: { type: 'string' } } },
        B: { type: 'object', properties: { data: { type: 'integer' } } },
        Either: { oneOf: [{ $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/B' }] },
        Nullable: { anyOf: [{ $ref: '#/components/schemas/A' }, { type: 'null' }] },
      },
    },
  });
  it('splits a oneOf of real branches, each dereferenced', () => {
    const paths = schemaAlternatives(model, model.at(['components', 'schemas', 'Either'])).map((branch) => branch.path.join('/'));
    expect(paths).toEqual(['components/schemas/A', 'components/schemas/B']);
  });
  it('looks through a nullable wrapper to its one real branch', () => {
    const paths = schemaAlternatives(model, model.at(['components', 'schemas', 'Nullable'])).map((branch) => branch.path.join('/'));
    expect(paths).toEqual(['components/schemas/A']);
  });
});

describe('schemaAlternatives on cycles', () => {
  it('lists each schema once when oneOf branches refer back', () => {
    const model = modelOf({
      openapi: '3.1.0',
      components: {
        schemas: {
          A: { oneOf: [{ $ref: '#/components/schemas/B' }, { type: 'object', properties: { data: { type: 'string' } } }] },
          B: { oneOf: [{ $ref: '#/components/schemas/A' }, { type: 'string' }] },
        },
      },
    });
    const paths = schemaAlternatives(model, model.at(['components', 'schemas', 'A'])).map((branch) => branch.path.join('/'));
    expect(paths).toEqual(['components/schemas/B/oneOf/1', 'components/schemas/A/oneOf/1']);
  });
});
