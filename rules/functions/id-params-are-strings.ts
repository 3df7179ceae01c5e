import { looksLikeIdentifier } from '../../src/lint/identifiers.js';
import { defineRule } from '../../src/lint/rule.js';
import type { OperationRef } from '../../src/findings.js';
import { locationKey, type Located } from '../../src/openapi/model.js';
import { schemaTypes, unwrapSchema } from '../../src/openapi/schemas.js';

export default defineRule({
  id: 'id-params-are-strings',
  level: 'error',
  description: 'Identifier path parameters are strings (global IDs), not integers.',
  rationale: 'IDs are globally unique and consistent with the GraphQL API\'s global IDs, which are opaque strings; an integer ID leaks database keys and cannot become global later.',
  examples: {
    bad: `paths:
  /v1/datasets/{dataset_id}:
    get:
      parameters: [{ name: dataset_id, in: path, required: true, schema: { type: integer } }]
      responses: { '200': { description: OK } }`,
    good: `paths:
  /v1/datasets/{dataset_id}:
    get:
      parameters: [{ name: dataset_id, in: path, required: true, schema: { type: string } }]
      responses: { '200': { description: OK } }`,
  },
  run({ model, conventions, report }) {
    const allowed = new Set(conventions.identifiers.types);
    const offenders = new Map<string, { name: string; types: string[]; schema: Located; operations: OperationRef[] }>();
    for (const info of model.operations()) {
      for (const parameter of model.parameters(info)) {
        if (parameter.in !== 'path' || parameter.schema === undefined) continue;
        // Only names that say they are identifiers: `{page_number}` or `{year}` after a collection may well be integers.
        if (!looksLikeIdentifier(parameter.name)) continue;
        const schema = unwrapSchema(model, parameter.schema);
        const types = [...schemaTypes(schema.value)].filter((type) => type !== 'null');
        if (types.length === 0 || types.every((type) => allowed.has(type))) continue;
        const key = locationKey(schema);
        const entry = offenders.get(key) ?? { name: parameter.name, types, schema, operations: [] };
        entry.operations.push({ method: info.method, path: info.path });
        offenders.set(key, entry);
      }
    }
    for (const { name, types, schema, operations } of offenders.values()) {
      const typeNode = model.child(schema, 'type');
      report({
        message: `Identifier path parameter "${name}" is ${types.join(' or ')}; identifiers are ${[...allowed].join(' or ')} (global IDs, as in the GraphQL API).`,
        at: typeNode.value === undefined ? schema : typeNode,
        operations,
      });
    }
  },
});
