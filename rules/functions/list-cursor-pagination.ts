import { parsePathTemplate } from '../../src/conventions/paths.js';
import type { Vocabulary } from '../../src/conventions/vocabulary.js';
import type { OperationRef } from '../../src/findings.js';
import { describeUsers, formatOperation } from '../../src/lint/describe.js';
import { defineRule } from '../../src/lint/rule.js';
import { locationKey, type Located, type OpenApiModel, type OperationInfo } from '../../src/openapi/model.js';
import {
  componentSchemaName,
  isEmptySchema,
  isJsonMediaType,
  isSuccessStatus,
  objectShape,
  schemaAlternatives,
  schemaTypes,
  unwrapSchema,
  type ObjectShape,
} from '../../src/openapi/schemas.js';

/** A path that ends in a plural (or uncountable) static segment names a collection, not an item. */
function isCollectionPath(path: string, versionPattern: string, vocabulary: Vocabulary): boolean {
  const last = parsePathTemplate(path, { versionPattern }).segments.at(-1);
  if (last?.kind !== 'static') return false;
  const kind = vocabulary.classifySegment(last.value).kind;
  return kind === 'plural' || kind === 'uncountable';
}

interface ListBody {
  schema: Located;
  shape: ObjectShape;
}

/** The 2xx JSON bodies of an operation whose envelope property holds an array. */
function listBodies(model: OpenApiModel, operation: OperationInfo, envelopeKey: string): ListBody[] {
  const bodies: ListBody[] = [];
  for (const response of model.responses(operation)) {
    if (!isSuccessStatus(response.status)) continue;
    for (const media of response.content) {
      if (!isJsonMediaType(media.mediaType) || media.schema === undefined || isEmptySchema(media.schema.value)) continue;
      for (const alternative of schemaAlternatives(model, media.schema)) {
        const shape = objectShape(model, alternative);
        const data = shape?.properties.get(envelopeKey);
        if (shape === undefined || data === undefined) continue;
        if (schemaTypes(unwrapSchema(model, data).value).has('array')) bodies.push({ schema: alternative, shape });
      }
    }
  }
  return bodies;
}

export default defineRule({
  id: 'list-cursor-pagination',
  level: 'error',
  description: 'A collection GET whose "data" is an array takes "cursor" and "limit" query parameters and returns "next_cursor" (string or null) beside "data"; no offset/page parameters.',
  rationale: 'The team paginates with cursors: each page hands out the cursor to the next, so pages stay stable while rows are inserted, and a list can grow without a breaking change.',
  examples: {
    bad: `paths:
  /v1/projects:
    get:
      parameters:
        - { name: page, in: query, schema: { type: integer } }
      responses:
        '200':
          description: A page of projects
          content:
            application/json:
              schema:
                type: object
                properties:
                  data: { type: array, items: { type: object } }`,
    good: `paths:
  /v1/projects:
    get:
      parameters:
        - { name: cursor, in: query, schema: { type: string } }
        - { name: limit, in: query, schema: { type: integer } }
      responses:
        '200':
          description: A page of projects
          content:
            application/json:
              schema:
                type: object
                required: [data, next_cursor]
                properties:
                  data: { type: array, items: { type: object } }
                  next_cursor: { anyOf: [{ type: string }, { type: 'null' }] }`,
  },
  run({ model, conventions, vocabulary, report }) {
    const { cursor_param: cursor, limit_param: limit, next_cursor_property: nextCursor, offset_params: offsetParams } = conventions.pagination;
    const key = conventions.envelope_key;
    const missingNextCursor = new Map<string, { schema: Located; operations: OperationRef[] }>();
    for (const operation of model.operations()) {
      if (operation.method !== 'get' || !isCollectionPath(operation.path, conventions.version_pattern, vocabulary)) continue;
      const bodies = listBodies(model, operation, key);
      if (bodies.length === 0) continue;
      const name = formatOperation(operation);
      const ref: OperationRef = { method: operation.method, path: operation.path };
      const query = model.parameters(operation).filter((parameter) => parameter.in === 'query');
      const names = new Set(query.map((parameter) => parameter.name));
      for (const wanted of [cursor, limit]) {
        if (names.has(wanted)) continue;
        report({
          message: `${name} returns a list in "${key}" but takes no "${wanted}" query parameter; paginate with "${cursor}" (the "${nextCursor}" of the previous page) and "${limit}".`,
          at: operation.operation,
        });
      }
      for (const parameter of query) {
        if (!offsetParams.includes(parameter.name)) continue;
        report({
          message: `${name} pages with "${parameter.name}"; use cursor pagination instead: "${cursor}" and "${limit}" query parameters, "${nextCursor}" in the response.`,
          at: parameter.parameter,
          operations: [ref],
        });
      }
      for (const body of bodies) {
        const property = body.shape.properties.get(nextCursor);
        if (property === undefined) {
          const location = locationKey(body.schema);
          const known = missingNextCursor.get(location);
          if (known === undefined) missingNextCursor.set(location, { schema: body.schema, operations: [ref] });
          else if (!known.operations.some((user) => formatOperation(user) === name)) known.operations.push(ref);
          continue;
        }
        const types = schemaTypes(unwrapSchema(model, property).value);
        if (types.size === 0 || types.has('string')) continue;
        report({
          message: `"${nextCursor}" is ${[...types].join(' or ')}; make it a string, or null on the last page (an opaque cursor, not a page number).`,
          at: property,
          operations: [ref],
        });
      }
    }
    for (const { schema, operations } of missingNextCursor.values()) {
      const component = componentSchemaName(schema);
      const subject = component === undefined
        ? `The list body of ${operations.map(formatOperation).join(', ')}`
        : `Response schema "${component}" (the list body of ${describeUsers(operations).replace(/^used by /, '')})`;
      report({
        message: `${subject} has no "${nextCursor}" beside "${key}"; add "${nextCursor}": a string, or null on the last page.`,
        at: schema,
        operations,
      });
    }
  },
});
