import type { OperationRef } from '../../src/findings.js';
import { describeUsers, formatOperation } from '../../src/lint/describe.js';
import { defineRule } from '../../src/lint/rule.js';
import { locationKey, type Located } from '../../src/openapi/model.js';
import { componentSchemaName, isEmptySchema, isJsonMediaType, isSuccessStatus, statusForbidsBody } from '../../src/openapi/schemas.js';

export default defineRule({
  id: 'json-response-has-schema',
  level: 'warning',
  description: 'A 2xx application/json response documents its body with a schema that is not missing or empty ({}).',
  rationale: 'Clients and SDK generators get their types from the schema; a JSON response without one is an untyped `any` for every consumer.',
  examples: {
    bad: `paths:
  /v1/projects:
    get:
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: {}`,
    good: `paths:
  /v1/projects:
    get:
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/ListProjectsResponseBody'`,
  },
  run({ model, report }) {
    // An empty component is reported once, after every operation returning it is known.
    const emptyComponents = new Map<string, { name: string; schema: Located; operations: OperationRef[] }>();
    for (const operation of model.operations()) {
      const name = formatOperation(operation);
      for (const response of model.responses(operation)) {
        if (!isSuccessStatus(response.status) || statusForbidsBody(response.status)) continue;
        for (const media of response.content) {
          if (!isJsonMediaType(media.mediaType)) continue;
          if (media.schema === undefined) {
            report({
              message: `${name} answers ${response.status} with ${media.mediaType} but gives no schema; describe the body with a schema (or drop the media type if there is no body).`,
              at: media.node,
            });
            continue;
          }
          if (!isEmptySchema(media.schema.value)) continue;
          const component = componentSchemaName(media.schema);
          if (component !== undefined) {
            const key = locationKey(media.schema);
            const ref: OperationRef = { method: operation.method, path: operation.path };
            const known = emptyComponents.get(key);
            if (known === undefined) emptyComponents.set(key, { name: component, schema: media.schema, operations: [ref] });
            else if (!known.operations.some((user) => formatOperation(user) === name)) known.operations.push(ref);
            continue;
          }
          report({
            message: `${name} answers ${response.status} with ${media.mediaType} but its schema is empty ({}); describe the body (in FastAPI: a response_model).`,
            at: media.schema,
          });
        }
      }
    }
    for (const { name, schema, operations } of emptyComponents.values()) {
      report({
        message: `Schema "${name}" is empty, so the 2xx JSON responses that return it document nothing (${describeUsers(operations).replace(/^used by /, 'returned by ')}); give it a type and properties.`,
        at: schema,
        operations,
      });
    }
  },
});
