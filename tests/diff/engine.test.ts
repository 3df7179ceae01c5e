import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffSpecs, serializeDiff } from '../../src/diff/index.js';
import { compareTexts, specFromText } from '../helpers/diff.js';

const HEAD = `openapi: 3.1.0
info: { title: t, version: '1' }
`;

function codes(findings: Array<{ code: string }>): string[] {
  return findings.map((finding) => finding.code).sort();
}

describe('the diff model', () => {
  it('is empty for a document against itself', async () => {
    const text = `${HEAD}paths:\n  /v1/items:\n    get:\n      responses:\n        '200': { description: OK }\n`;
    const spec = await specFromText(text);
    const diff = diffSpecs(spec, spec);
    expect(diff.operations).toEqual({ added: [], removed: [], modified: [] });
    expect(diff.paths).toEqual({ added: [], removed: [] });
  });

  it('serializes to JSON with both locations', async () => {
    const base = `${HEAD}paths:\n  /v1/items:\n    get:\n      parameters:\n        - { name: q, in: query, schema: { type: string } }\n      responses:\n        '200': { description: OK }\n`;
    const revision = base.replace('{ name: q, in: query, schema: { type: string } }', '{ name: q, in: query, required: true, schema: { type: string } }');
    const diff = diffSpecs(await specFromText(base, 'a.yaml'), await specFromText(revision, 'b.yaml'));
    const model = JSON.parse(serializeDiff(diff)) as { operations: { modified: Array<{ parameters: { modified: Array<{ required: unknown; base: { location: unknown }; revision: { location: unknown } }> } }> } };
    const parameter = model.operations.modified[0]?.parameters.modified[0];
    expect(parameter?.required).toEqual({ from: false, to: true });
    expect(parameter?.base.location).toEqual({ file: 'a.yaml', path: ['paths', '/v1/items', 'get', 'parameters', 0] });
    expect(parameter?.revision.location).toEqual({ file: 'b.yaml', path: ['paths', '/v1/items', 'get', 'parameters', 0] });
  });

  it('points a removal at the base and an addition at the revision, by line', async () => {
    const base = `${HEAD}paths:
  /v1/items:
    get:
      parameters:
        - name: gone
          in: query
          schema: { type: string }
      responses:
        '200': { description: OK }
`;
    const revision = `${HEAD}paths:
  /v1/items:
    get:
      parameters:
        - name: other
          in: header
          schema: { type: string }
        - name: added
          in: query
          required: true
          schema: { type: string }
      responses:
        '200': { description: OK }
`;
    const { findings } = await compareTexts(base, revision);
    const removed = findings.find((finding) => finding.code === 'request-parameter-removed');
    const added = findings.find((finding) => finding.code === 'request-parameter-added-required' && finding.args['name'] === 'added');
    expect(removed?.base).toEqual({ file: 'base.yaml', line: 7, column: 11, pointer: '/paths/~1v1~1items/get/parameters/0' });
    expect(removed?.revision).toBeUndefined();
    expect(removed?.file).toBe('base.yaml');
    expect(added?.revision).toMatchObject({ file: 'revision.yaml', line: 10, pointer: '/paths/~1v1~1items/get/parameters/1' });
  });

  it('reads Swagger 2.0: body parameters, response schemas, parameter types', async () => {
    const base = `swagger: '2.0'
info: { title: t, version: '1' }
paths:
  /v1/items:
    post:
      parameters:
        - { name: dry_run, in: query, type: boolean }
        - in: body
          name: body
          required: true
          schema: { $ref: '#/definitions/Item' }
      responses:
        '200':
          description: OK
          schema: { $ref: '#/definitions/Item' }
definitions:
  Item:
    type: object
    properties:
      name: { type: string }
      size: { type: integer }
`;
    const revision = base
      .replace('{ name: dry_run, in: query, type: boolean }', '{ name: dry_run, in: query, type: string }')
      .replace('      size: { type: integer }\n', '    required: [name]\n');
    const { findings } = await compareTexts(base, revision);
    expect(codes(findings)).toEqual([
      'request-parameter-type-changed',
      'request-property-became-required',
      'request-property-removed',
      'response-property-became-required',
      'response-property-removed',
    ]);
  });

  it('treats 3.0 nullable, 3.1 type arrays and the FastAPI anyOf wrapper as the same thing', async () => {
    const base = `openapi: 3.0.3
info: { title: t, version: '1' }
paths:
  /v1/items:
    get:
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema:
                type: object
                properties:
                  a: { type: string, nullable: true }
                  b: { type: integer, nullable: true }
`;
    const revision = `${HEAD}paths:
  /v1/items:
    get:
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema:
                type: object
                properties:
                  a: { anyOf: [{ type: string }, { type: 'null' }] }
                  b: { type: [integer, 'null'] }
`;
    expect((await compareTexts(base, revision)).findings).toEqual([]);
  });

  it('treats a 3.0 nullable one-branch union like the 3.1 null branch around it', async () => {
    const make = (head: string, schema: string): string => `${head}paths:
  /v1/prompts:
    get:
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema:
                type: object
                properties:
                  format: ${schema}
components:
  schemas:
    JsonFormat: { type: object, properties: { type: { type: string } } }
`;
    const base = make("openapi: 3.0.3\ninfo: { title: t, version: '1' }\n", "{ nullable: true, oneOf: [{ $ref: '#/components/schemas/JsonFormat' }] }");
    const revision = make(HEAD, "{ anyOf: [{ oneOf: [{ $ref: '#/components/schemas/JsonFormat' }] }, { type: 'null' }] }");
    expect((await compareTexts(base, revision)).findings).toEqual([]);
    const notNullable = make(HEAD, "{ oneOf: [{ $ref: '#/components/schemas/JsonFormat' }] }");
    expect(codes((await compareTexts(base, notNullable)).findings)).toEqual(['response-property-became-not-nullable']);
  });

  it('sees changes inside the FastAPI nullable wrapper', async () => {
    const make = (inner: string): string => `${HEAD}paths:
  /v1/items:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                name: { anyOf: [${inner}, { type: 'null' }], title: Name }
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema:
                type: object
                properties:
                  count: { anyOf: [${inner}, { type: 'null' }] }
`;
    const { findings } = await compareTexts(make('{ type: string, maxLength: 10 }'), make('{ type: integer }'));
    expect(codes(findings)).toEqual(['request-property-type-changed', 'response-property-type-changed']);
    const tightened = await compareTexts(make('{ type: string, maxLength: 10 }'), make('{ type: string, maxLength: 5 }'));
    expect(codes(tightened.findings)).toEqual(['request-property-constraint-tightened', 'response-property-constraint-tightened']);
  });

  it('compares recursive schemas without looping and finds a change deep inside the cycle', async () => {
    const make = (leaf: string): string => `${HEAD}paths:
  /v1/trees:
    get:
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Node' }
components:
  schemas:
    Node:
      type: object
      required: [label]
      properties:
        label: { type: ${leaf} }
        children: { type: array, items: { $ref: '#/components/schemas/Node' } }
        parent: { $ref: '#/components/schemas/Node' }
`;
    const same = await compareTexts(make('string'), make('string'));
    expect(same.findings).toEqual([]);
    const changed = await compareTexts(make('string'), make('integer'));
    expect(changed.findings.map((finding) => [finding.code, finding.args['property']])).toEqual([['response-property-type-changed', 'label']]);
  });

  it('matches paths as normalized templates and reports a renamed parameter as a rename', async () => {
    const base = `${HEAD}paths:\n  /v1/items/{id}:\n    get:\n      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]\n      responses: { '200': { description: OK } }\n`;
    const revision = base.replaceAll('{id}', '{item_id}').replace('name: id', 'name: item_id');
    const { findings } = await compareTexts(base, revision);
    expect(findings.map((finding) => [finding.code, finding.args['from'], finding.args['to']])).toEqual([['api-path-parameter-renamed', 'id', 'item_id']]);
  });

  it('merges allOf, so a required property added in a branch is found', async () => {
    const make = (required: string): string => `${HEAD}paths:
  /v1/items:
    post:
      requestBody:
        content:
          application/json:
            schema:
              allOf:
                - { $ref: '#/components/schemas/Base' }
                - type: object
                  required: [${required}]
                  properties:
                    name: { type: string }
                    owner: { type: string }
      responses: { '200': { description: OK } }
components:
  schemas:
    Base: { type: object, properties: { id: { type: string } } }
`;
    const { findings } = await compareTexts(make('name'), make('name, owner'));
    expect(codes(findings)).toEqual(['request-property-became-required']);
  });

  it('reports a change to a shared component once per operation that uses it', async () => {
    const make = (type: string): string => `${HEAD}paths:
  /v1/a: { get: { responses: { '200': { description: OK, content: { application/json: { schema: { $ref: '#/components/schemas/Thing' } } } } } } }
  /v1/b: { get: { responses: { '200': { description: OK, content: { application/json: { schema: { $ref: '#/components/schemas/Thing' } } } } } } }
components:
  schemas:
    Thing: { type: object, properties: { size: { type: ${type} } } }
`;
    const { findings } = await compareTexts(make('integer'), make('string'));
    expect(findings.map((finding) => `${finding.operation.method} ${finding.operation.path}`)).toEqual(['GET /v1/a', 'GET /v1/b']);
    // The same line in the revision: the component, not the operation.
    expect(new Set(findings.map((finding) => finding.revision?.line))).toEqual(new Set([8]));
  });

  it('treats a new request union branch as a widening and a new response branch as a possible break', async () => {
    const make = (branches: string): string => `${HEAD}paths:
  /v1/items:
    post:
      requestBody: { content: { application/json: { schema: { type: object, properties: { v: { oneOf: [${branches}] } } } } } }
      responses:
        '200': { description: OK, content: { application/json: { schema: { type: object, properties: { v: { oneOf: [${branches}] } } } } } }
`;
    const { findings } = await compareTexts(make('{ type: string }, { type: integer }'), make('{ type: integer }, { type: string }, { type: boolean }'));
    expect(findings.map((finding) => [finding.code, finding.level])).toEqual([
      ['request-property-union-branch-added', 'info'],
      ['response-property-union-branch-added', 'warning'],
    ]);
  });

  it('judges security alternatives: another accepted scheme is not breaking, a required one is', async () => {
    const make = (security: string): string => `${HEAD}paths:
  /v1/items: { get: { security: ${security}, responses: { '200': { description: OK } } } }
components:
  securitySchemes:
    key: { type: apiKey, in: header, name: X-Key }
    bearer: { type: http, scheme: bearer }
`;
    const widened = await compareTexts(make('[{ key: [] }]'), make('[{ key: [] }, { bearer: [] }]'));
    expect(widened.findings).toEqual([]);
    const replaced = await compareTexts(make('[{ key: [] }]'), make('[{ bearer: [] }]'));
    expect(codes(replaced.findings)).toEqual(['api-security-requirement-added', 'api-security-requirement-removed']);
    const both = await compareTexts(make('[{ key: [] }]'), make('[{ key: [], bearer: [] }]'));
    expect(codes(both.findings)).toEqual(['api-security-requirement-added']);
  });

  it('sees a change behind a $ref even when the operations are unchanged as written', async () => {
    const make = (size: string): string => `${HEAD}paths:
  /v1/items: { get: { responses: { '200': { description: OK, content: { application/json: { schema: { $ref: '#/components/schemas/List' } } } } } } }
components:
  schemas:
    List: { type: object, properties: { items: { type: array, items: { $ref: '#/components/schemas/Item' } } } }
    Item: { type: object, properties: { size: { type: integer, maximum: ${size} } } }
`;
    const { findings } = await compareTexts(make('10'), make('20'));
    expect(findings.map((finding) => [finding.code, finding.args['property']])).toEqual([['response-property-constraint-relaxed', 'items[].size']]);
  });
});

describe('security schemes', () => {
  const swagger = (definition: string): string => `swagger: '2.0'
info: { title: t, version: '1' }
paths:
  /v1/items:
    get:
      security:
        - auth: [items:read]
      responses:
        '200': { description: OK }
securityDefinitions:
  auth:
${definition}`;
  const oauth = (scopes: string): string =>
    `    type: oauth2\n    flow: accessCode\n    authorizationUrl: https://auth.example.com/authorize\n    tokenUrl: https://auth.example.com/token\n    scopes:\n${scopes}`;

  it('reads 2.0 securityDefinitions, naming its flows as 3.x does', async () => {
    const base = swagger(oauth('      items:read: read\n      items:write: write\n'));
    const revision = swagger(oauth('      items:read: read\n'));
    const { findings } = await compareTexts(base, revision);
    expect(findings.map((finding) => finding.message)).toEqual([
      'the authorizationCode flow of auth, which GET /v1/items requires, no longer offers the scopes items:write',
    ]);
  });

  it('sees 2.0 basic and 3.x http basic as the same scheme', async () => {
    const base = swagger('    type: basic\n');
    const revision = `openapi: 3.0.3
info: { title: t, version: '1' }
paths:
  /v1/items:
    get:
      security:
        - auth: [items:read]
      responses:
        '200': { description: OK }
components:
  securitySchemes:
    auth: { type: http, scheme: Basic }
`;
    expect(codes((await compareTexts(base, revision)).findings)).toEqual([]);
    expect(codes((await compareTexts(base, revision.replace('scheme: Basic', 'scheme: bearer'))).findings)).toEqual(['api-security-scheme-changed']);
  });
});

describe('discriminators', () => {
  const base = readFileSync('fixtures/diff/request-discriminator-mapping-removed/base.yaml', 'utf8');
  const requestUnion = `          oneOf:
            - $ref: "#/components/schemas/FileSource"
            - $ref: "#/components/schemas/UrlSource"
          discriminator:
            propertyName: source_type
            mapping:
              file: "#/components/schemas/FileSource"
              url: "#/components/schemas/UrlSource"
`;

  it('reports a branch that leaves the union with its mapping value once, as the union change', async () => {
    expect(base).toContain(requestUnion);
    const revision = base.replace(
      requestUnion,
      requestUnion.replace('            - $ref: "#/components/schemas/UrlSource"\n', '').replace('              url: "#/components/schemas/UrlSource"\n', ''),
    );
    expect(codes((await compareTexts(base, revision)).findings)).toEqual(['request-property-union-branch-removed']);
  });

  it('keeps a one-branch union with a discriminator a union (it is no nullable wrapper)', async () => {
    const revision = base.replace(requestUnion, requestUnion.replace('            - $ref: "#/components/schemas/UrlSource"\n', ''));
    // the mapping still names url, so only the branch is gone: no discriminator change is invented
    expect(codes((await compareTexts(base, revision)).findings)).toEqual(['request-property-union-branch-removed']);
  });
});

