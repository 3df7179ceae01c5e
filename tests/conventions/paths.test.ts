import { describe, expect, it } from 'vitest';
import { collectionItems, extractVersion, isItemPath, joinPaths, normalizePath, parsePathTemplate, toOpenApiPath } from '../../src/conventions/paths.js';

describe('parsePathTemplate', () => {
  it('parses version, static and parameter segments', () => {
    const parsed = parsePathTemplate('/v1/datasets/{dataset_id}/examples');
    expect(parsed.segments.map((segment) => segment.kind)).toEqual(['version', 'static', 'param', 'static']);
    expect(parsed.version).toBe(1);
    expect(parsed.params).toEqual(['dataset_id']);
  });

  it('reads Express, Next.js and embedded parameters', () => {
    expect(parsePathTemplate('/v1/datasets/:dataset_id').params).toEqual(['dataset_id']);
    expect(parsePathTemplate('/users/:id?').segments[1]).toMatchObject({ kind: 'param', optional: true });
    expect(parsePathTemplate('/files/:path*').segments[1]).toMatchObject({ kind: 'param', catchAll: true });
    expect(parsePathTemplate('/items/:id(\\d+)').params).toEqual(['id']);
    expect(parsePathTemplate('/docs/[...slug]').segments[1]).toMatchObject({ kind: 'param', name: 'slug', catchAll: true });
    expect(parsePathTemplate('/files/{name}.{ext}').segments[1]).toMatchObject({ kind: 'template', params: ['name', 'ext'] });
  });

  it('does not take v-words for versions', () => {
    expect(parsePathTemplate('/values').version).toBeUndefined();
    expect(parsePathTemplate('/api/v2/x').version).toBe(2);
    expect(parsePathTemplate('/otlpv1').version).toBeUndefined();
    expect(extractVersion('/v10/items')).toBe(10);
    expect(extractVersion('/2024-01/items', { versionPattern: '^(\\d{4})-\\d{2}$' })).toBe(2024);
  });
});

describe('normalizePath', () => {
  it('drops parameter names so templates compare', () => {
    expect(normalizePath('/v1/datasets/{id}')).toBe('/v1/datasets/{}');
    expect(normalizePath('/v1/datasets/:dataset_id/')).toBe('/v1/datasets/{}');
    expect(normalizePath('/v1/datasets/[datasetId]')).toBe('/v1/datasets/{}');
    expect(normalizePath('/v1/datasets/{id}')).toBe(normalizePath('/v1/datasets/{dataset_id}'));
    expect(normalizePath('/files/{name}.{ext}')).toBe('/files/{}.{}');
  });

  it('renders other dialects in OpenAPI syntax and joins mounts', () => {
    expect(toOpenApiPath('/v1/datasets/:dataset_id')).toBe('/v1/datasets/{dataset_id}');
    expect(joinPaths('/v1/', '/datasets', '')).toBe('/v1/datasets');
    expect(joinPaths('/', '/')).toBe('/');
  });
});

describe('items and collections', () => {
  it('finds collection/item pairs with their collection paths', () => {
    const items = collectionItems(parsePathTemplate('/v1/projects/{project_id}/spans/{span_id}'));
    expect(items.map((item) => [item.collection.value, item.param.name, item.collectionPath])).toEqual([
      ['projects', 'project_id', '/v1/projects'],
      ['spans', 'span_id', '/v1/projects/{}/spans'],
    ]);
    expect(isItemPath(parsePathTemplate('/v1/spans/{span_id}'))).toBe(true);
    expect(isItemPath(parsePathTemplate('/v1/spans'))).toBe(false);
  });
});
