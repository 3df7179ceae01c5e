import type { OperationRef } from '../../src/findings.js';
import { describeUsers, formatOperation } from '../../src/lint/describe.js';
import { defineRule } from '../../src/lint/rule.js';
import { locationKey, type Located, type OpenApiModel } from '../../src/openapi/model.js';
import {
  componentSchemaName,
  isEmptySchema,
  isJsonMediaType,
  isSuccessStatus,
  objectShape,
  schemaAlternatives,
  schemaTypes,
  statusForbidsBody,
} from '../../src/openapi/schemas.js';

interface Problem {
  at: Located;
  /** What the body is instead of an enveloped object. */
  found: string;
  operations: OperationRef[];
}

/** Why `schema` is not an object with `key`, or undefined when it is (or when it cannot be told). */
function envelopeProblem(model: OpenApiModel, schema: Located, key: string): string | undefined {
  if (isEmptySchema(schema.value)) return undefined;
  const shape = objectShape(model, schema);
  if (shape === undefined) {
    const types = [...schemaTypes(schema.value)].filter((type) => type !== 'null');
    return types.length === 0 ? undefined : `is ${types.length === 1 && types[0] === 'array' ? 'an array' : `of type ${types.join('/')}`}, not an object`;
  }
  if (shape.properties.has(key)) return undefined;
  // A oneOf/anyOf inside the object, or an unresolvable $ref, may supply the key.
  if (!shape.complete) return undefined;
  return `has no top-level "${key}" property`;
}

export default defineRule({
  id: 'response-data-envelope',
  level: 'error',
  description: 'Every 2xx JSON response body is an object with the payload under a top-level "data" property.',
  rationale: 'One envelope for every response lets clients read every payload the same way, and leaves room beside "data" for pagination cursors and metadata without a breaking change.',
  examples: {
    bad: `paths:
  /v1/projects/{project_id}:
    get:
      responses:
        '200':
          description: The project
          content:
            application/json:
              schema:
                type: object
                properties:
                  id: { type: string }
                  name: { type: string }`,
    good: `paths:
  /v1/projects/{project_id}:
    get:
      responses:
        '200':
          description: The project
          content:
            application/json:
              schema:
                type: object
                required: [data]
                properties:
                  data:
                    type: object
                    properties:
                      id: { type: string }
                      name: { type: string }`,
  },
  run({ model, conventions, report }) {
    const key = conventions.envelope_key;
    const problems = new Map<string, Problem>();
    for (const operation of model.operations()) {
      const ref: OperationRef = { method: operation.method, path: operation.path };
      for (const response of model.responses(operation)) {
        if (!isSuccessStatus(response.status) || statusForbidsBody(response.status)) continue;
        for (const media of response.content) {
          // A missing or empty schema is json-response-has-schema's finding.
          if (!isJsonMediaType(media.mediaType) || media.schema === undefined || isEmptySchema(media.schema.value)) continue;
          for (const alternative of schemaAlternatives(model, media.schema)) {
            const found = envelopeProblem(model, alternative, key);
            if (found === undefined) continue;
            const location = locationKey(alternative);
            const problem = problems.get(location);
            if (problem === undefined) problems.set(location, { at: alternative, found, operations: [ref] });
            else if (!problem.operations.some((known) => formatOperation(known) === formatOperation(ref))) problem.operations.push(ref);
          }
        }
      }
    }
    for (const problem of problems.values()) {
      const component = componentSchemaName(problem.at);
      const subject = component === undefined
        ? `The 2xx JSON body of ${problem.operations.map(formatOperation).join(', ')}`
        : `Response schema "${component}" (the 2xx JSON body of ${describeUsers(problem.operations).replace(/^used by /, '')})`;
      report({
        message: `${subject} ${problem.found}; put the payload under "${key}": { "${key}": ... }.`,
        at: problem.at,
        operations: problem.operations,
      });
    }
  },
});
