import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../src/diff/index.js';
import type { SpecDiff } from '../../src/diff/model.js';
import { InputError } from '../../src/errors.js';
import { compareSpecs } from '../../src/policy/compare.js';
import { requestSchemaSites, responseSchemaSites } from '../../src/checks/walk.js';
import { specFromText } from '../helpers/diff.js';

type Json = Record<string, unknown>;

const RUNS = { numRuns: 60, seed: 20261203 };

const leaf = fc.oneof(
  fc.record({ type: fc.constantFrom('string', 'integer', 'number', 'boolean') }),
  fc.record({ type: fc.constant('string'), maxLength: fc.integer({ min: 1, max: 50 }), format: fc.constantFrom('date', 'date-time', 'uuid') }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constant('string'), enum: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1, maxLength: 3 }) }),
  fc.record({ type: fc.constant('integer'), minimum: fc.integer({ min: 0, max: 5 }), maximum: fc.integer({ min: 10, max: 99 }) }, { requiredKeys: ['type'] }),
  fc.constant({ $ref: '#/components/schemas/Shared' }),
);

const { schema } = fc.letrec<{ schema: Json }>((tie) => ({
  schema: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    leaf,
    fc
      .dictionary(fc.constantFrom('id', 'name', 'size', 'tags', 'owner'), tie('schema'), { maxKeys: 4 })
      .chain((properties) =>
        fc.record({
          type: fc.constant('object'),
          properties: fc.constant(properties),
          required: fc.subarray(Object.keys(properties)),
        }),
      ),
    tie('schema').map((items) => ({ type: 'array', items })),
    tie('schema').map((inner) => ({ anyOf: [inner, { type: 'null' }] })),
    fc.array(tie('schema'), { minLength: 2, maxLength: 3 }).map((branches) => ({ oneOf: branches })),
  ),
}));

const parameter = fc.record({
  name: fc.constantFrom('cursor', 'limit', 'sort_by', 'x-trace'),
  in: fc.constantFrom('query', 'header'),
  required: fc.boolean(),
  deprecated: fc.boolean(),
  schema: leaf,
});

const operation = fc.record(
  {
    operationId: fc.constantFrom('a', 'b', 'c'),
    deprecated: fc.boolean(),
    parameters: fc.uniqueArray(parameter, { maxLength: 3, selector: (item) => `${item.in}:${item.name.toLowerCase()}` }),
    requestBody: fc.record({ required: fc.boolean(), content: fc.record({ 'application/json': fc.record({ schema }) }) }),
    responses: fc.dictionary(
      fc.constantFrom('200', '201', '404', '422'),
      fc.record({ description: fc.constant('r'), content: fc.record({ 'application/json': fc.record({ schema }) }) }),
      { minKeys: 1, maxKeys: 2 },
    ),
    security: fc.array(fc.dictionary(fc.constantFrom('key', 'oauth'), fc.subarray(['read', 'write'])), { maxLength: 2 }),
  },
  { requiredKeys: ['responses'] },
);

const pathItem = fc.dictionary(fc.constantFrom('get', 'post', 'put', 'delete'), operation, { minKeys: 1, maxKeys: 2 });

const documentArbitrary = fc
  .record({
    version: fc.constantFrom('3.0.3', '3.1.0'),
    paths: fc.dictionary(fc.constantFrom('/v1/items', '/v1/items/{id}', '/v1/items/{item_id}/parts', '/v2/items', '/v1/users'), pathItem, { maxKeys: 4 }),
    shared: schema,
  })
  .map(({ version, paths, shared }) => ({
    openapi: version,
    info: { title: 'generated', version: '1' },
    paths: withPathParameters(paths),
    // `Shared` must not refer to itself through a leaf, or the document has an unresolvable cycle only.
    components: { schemas: { Shared: JSON.parse(JSON.stringify(shared).replaceAll('#/components/schemas/Shared', '#/components/schemas/Leaf')), Leaf: { type: 'string' } } },
  }));

/** Templated paths need their path parameter declared, as a real document would. */
function withPathParameters(paths: Record<string, Record<string, Json>>): Json {
  const result: Json = {};
  for (const [path, item] of Object.entries(paths)) {
    const names = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
    const copy: Json = {};
    for (const [method, op] of Object.entries(item)) {
      const parameters = [...((op['parameters'] as Json[] | undefined) ?? []), ...names.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } }))];
      copy[method] = { ...op, parameters };
    }
    result[path] = copy;
  }
  return result;
}

async function load(document: unknown, file: string): ReturnType<typeof specFromText> {
  return specFromText(JSON.stringify(document), file);
}

function operationKeys(diff: SpecDiff, side: 'added' | 'removed'): string[] {
  const fromPaths = diff.paths[side].flatMap((path) => path.operations.map((op) => `${op.method} ${op.template}`));
  const fromOperations = diff.operations[side].map((op) => `${op.method} ${op.template}`);
  return [...fromPaths, ...fromOperations].sort();
}

function parameterKeys(diff: SpecDiff, side: 'added' | 'removed'): string[] {
  return diff.operations.modified
    .flatMap((op) => op.parameters[side].map((parameter) => `${op.method} ${op.revision.template} ${parameter.in}:${parameter.name}`))
    .sort();
}

function propertyKeys(diff: SpecDiff, side: 'added' | 'removed'): string[] {
  const sites = [...requestSchemaSites(diff).map((site) => ({ site, where: 'request' })), ...responseSchemaSites(diff).map((site) => ({ site, where: `response ${site.status ?? ''}` }))];
  return sites
    .flatMap(({ site, where }) => (site.schema.properties?.[side] ?? []).map((property) => `${site.operation.method} ${site.operation.revision.template} ${where} ${site.path}.${property.name}`))
    .sort();
}

describe('properties of the diff over generated documents', () => {
  it('finds nothing between a document and itself', async () => {
    await fc.assert(
      fc.asyncProperty(documentArbitrary, async (document) => {
        const a = await load(document, 'a.json');
        const b = await load(structuredClone(document), 'b.json');
        const { diff, findings } = compareSpecs(a, b);
        expect(findings).toEqual([]);
        expect(diff.operations.modified).toEqual([]);
      }),
      RUNS,
    );
  });

  it('shows every removal from a to b as an addition from b to a', async () => {
    let removals = 0;
    await fc.assert(
      fc.asyncProperty(documentArbitrary, documentArbitrary, async (first, second) => {
        const a = await load(first, 'a.json');
        const b = await load(second, 'b.json');
        const forward = diffSpecs(a, b);
        const backward = diffSpecs(b, a);
        removals += operationKeys(forward, 'removed').length + parameterKeys(forward, 'removed').length + propertyKeys(forward, 'removed').length;
        expect(operationKeys(backward, 'added')).toEqual(operationKeys(forward, 'removed'));
        expect(operationKeys(backward, 'removed')).toEqual(operationKeys(forward, 'added'));
        // Parameters and properties are keyed by the revision's template; the templates match across directions.
        expect(parameterKeys(backward, 'added').length).toBe(parameterKeys(forward, 'removed').length);
        expect(propertyKeys(backward, 'added').length).toBe(propertyKeys(forward, 'removed').length);
      }),
      RUNS,
    );
    // The generator must produce real removals, or the property proves nothing.
    expect(removals).toBeGreaterThan(20);
  });

  it('never throws on a document the loader accepts', async () => {
    const mangled = fc.tuple(documentArbitrary, fc.array(fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 2 })), { maxLength: 4 })).map(([document, edits]) => {
      // Overwrite random nodes with random JSON: shapes no generator would produce.
      const nodes: Array<[Json | unknown[], string | number]> = [];
      const walk = (value: unknown): void => {
        if (value === null || typeof value !== 'object') return;
        for (const key of Object.keys(value)) {
          nodes.push([value as Json, Array.isArray(value) ? Number(key) : key]);
          walk((value as Json)[key]);
        }
      };
      walk(document.paths);
      for (const [index, replacement] of edits) {
        const target = nodes[index % Math.max(nodes.length, 1)];
        if (target !== undefined) (target[0] as Json)[String(target[1])] = replacement;
      }
      return document;
    });
    await fc.assert(
      fc.asyncProperty(documentArbitrary, mangled, async (first, second) => {
        let a;
        let b;
        try {
          a = await load(first, 'a.json');
          b = await load(second, 'b.json');
        } catch (error) {
          if (error instanceof InputError) return;
          throw error;
        }
        expect(() => compareSpecs(a, b)).not.toThrow();
        expect(() => compareSpecs(b, a)).not.toThrow();
      }),
      RUNS,
    );
  });

  it('orders its output deterministically, whatever the key order of the documents', async () => {
    await fc.assert(
      fc.asyncProperty(documentArbitrary, documentArbitrary, async (first, second) => {
        const reversed = { ...second, paths: Object.fromEntries(Object.entries(second.paths).reverse()) };
        const a = await load(first, 'a.json');
        const one = compareSpecs(a, await load(second, 'b.json')).findings.map((finding) => `${finding.code} ${finding.fingerprint ?? ''}`);
        const two = compareSpecs(a, await load(reversed, 'b.json')).findings.map((finding) => `${finding.code} ${finding.fingerprint ?? ''}`);
        expect(two).toEqual(one);
      }),
      RUNS,
    );
  });
});
