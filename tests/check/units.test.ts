import { describe, expect, it } from 'vitest';
import { Baseline } from '../../src/check/baseline.js';
import { canonicalJson } from '../../src/check/canonical.js';
import { compareDocuments } from '../../src/check/drift-compare.js';
import { codeFingerprints, schemaSubject } from '../../src/check/fingerprint.js';
import { judgeFindings } from '../../src/check/judge.js';
import { compareOperations, operationDigests } from '../../src/check/operations.js';
import { UNKNOWN_RANGE, type Finding } from '../../src/findings.js';

const document = {
  components: { parameters: { Cursor: { name: 'cursor', in: 'query' } }, schemas: { Book: { type: 'object' }, Unused: { type: 'string' } } },
  paths: {
    '/v1/books/{book_id}': {
      parameters: [{ name: 'book_id', in: 'path' }],
      get: {
        parameters: [{ $ref: '#/components/parameters/Cursor' }, { name: 'sortBy', in: 'query' }],
        responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Book' } } } } },
      },
      delete: { responses: { '204': { description: 'gone' } } },
    },
  },
};

describe('schemaSubject', () => {
  it('normalizes the path template and names parameters by location and name, through $ref', () => {
    expect(schemaSubject(['paths', '/v1/books/{book_id}', 'get', 'parameters', 1, 'name'], document)).toBe('/paths/~1v1~1books~1{}/get/parameters/query:sortBy/name');
    expect(schemaSubject(['paths', '/v1/books/{book_id}', 'get', 'parameters', 0], document)).toBe('/paths/~1v1~1books~1{}/get/parameters/query:cursor');
    expect(schemaSubject(['paths', '/v1/books/{book_id}', 'parameters', 0, 'name'], document)).toBe('/paths/~1v1~1books~1{}/parameters/path:book_id/name');
  });

  it('keeps other array indices, and indices it cannot name', () => {
    expect(schemaSubject(['paths', '/v1/books/{id}', 'get', 'parameters', 7], document)).toBe('/paths/~1v1~1books~1{}/get/parameters/7');
    expect(schemaSubject(['tags', 2, 'name'], document)).toBe('/tags/2/name');
  });
});

describe('codeFingerprints', () => {
  const finding = (line: number): Finding => ({ code: 'apigov/query-param-casing', level: 'error', message: 'm', file: 'a.ts', path: [], range: { start: { line, character: 2 }, end: { line, character: 9 } }, source: 'code' });

  it('do not depend on the line number or indentation, and tell identical lines apart by order', () => {
    const before = codeFingerprints([finding(0), finding(1)], 'src/a.ts', 'x = req.query.sortBy;\nx = req.query.sortBy;\n');
    const after = codeFingerprints([finding(2), finding(3), finding(4)], 'src/a.ts', '// moved\n\n  x = req.query.sortBy;\nx = req.query.sortBy;\nx = req.query.sortBy;\n');
    expect(after.slice(0, 2)).toEqual(before);
    expect(new Set(after).size).toBe(3);
  });
});

describe('operationDigests', () => {
  it('a change to a component changes exactly the operations that reach it', () => {
    const changed = structuredClone(document);
    changed.components.schemas.Book = { type: 'object', properties: { title: { type: 'string' } } } as typeof changed.components.schemas.Book;
    const changes = compareOperations(operationDigests(document), operationDigests(changed));
    expect([...changes.changed]).toEqual(['GET /v1/books/{}']);
    expect([...changes.added, ...changes.removed]).toEqual([]);
  });

  it('matches operations across renamed path parameters', () => {
    const renamed = { paths: { '/v1/books/{id}': document.paths['/v1/books/{book_id}'] }, components: document.components };
    expect(compareOperations(operationDigests(document), operationDigests(renamed)).added.size).toBe(0);
  });
});

describe('compareDocuments', () => {
  it('ignores key order', () => {
    const reversed = JSON.parse(JSON.stringify({ paths: document.paths, components: document.components }));
    expect(canonicalJson(reversed)).toBe(canonicalJson(document));
    expect(compareDocuments(document, reversed)).toBeUndefined();
  });

  it('reports changed, added and removed operations, and other sections only when no operation explains them', () => {
    const other = structuredClone(document) as typeof document & { info?: unknown };
    other.info = { title: 'x' };
    const removed = other.paths['/v1/books/{book_id}'] as Record<string, unknown>;
    delete removed['delete'];
    expect(compareDocuments(document, other)).toEqual({
      operations: [{ key: 'DELETE /v1/books/{}', method: 'delete', path: '/v1/books/{book_id}', change: 'removed' }],
      sections: ['info'],
    });
    const unusedOnly = structuredClone(document);
    unusedOnly.components.schemas.Unused = { type: 'integer' };
    expect(compareDocuments(document, unusedOnly)).toEqual({ operations: [], sections: ['components'] });
  });
});

describe('judgeFindings', () => {
  const at = (fingerprint: string): Finding => ({ code: 'r', level: 'error', message: 'm', file: 'f', path: [], range: UNKNOWN_RANGE, source: 'schema', fingerprint });

  it('counts: a second copy of an old finding is new; the baseline absorbs what the base does not', () => {
    const baseline = new Baseline('b.json', [{ fingerprint: 'b', code: 'r', source: 'schema', file: 'f', location: '', message: 'm', count: 1 }]);
    const judged = judgeFindings([at('a'), at('a'), at('b'), at('c')], { part: 'schema-lint', baseFingerprints: ['a'], baseline, inScope: () => true, failSeverity: 'error' });
    expect(judged.map((finding) => [finding.status, finding.failing])).toEqual([
      ['existing', false],
      ['new', true],
      ['baselined', false],
      ['new', true],
    ]);
    expect(baseline.fixed('schema')).toEqual([]);
  });
});
