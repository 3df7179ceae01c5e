import { detectCasing, matchesCasing, toCasing } from '../../src/conventions/words.js';
import { describeUsers } from '../../src/lint/describe.js';
import { schemaNameOf } from '../../src/lint/exemptions.js';
import { defineRule } from '../../src/lint/rule.js';
import { isObject, walkSchemas, type Located } from '../../src/openapi/model.js';

/**
 * `tags[]` is how form encodings (PHP, Rails, FastAPI's multipart forms) name
 * an array field; the brackets are syntax, the name is what precedes them.
 */
function nameWithoutArraySuffix(name: string): string {
  return name.endsWith('[]') && name.length > 2 ? name.slice(0, -2) : name;
}

export default defineRule({
  id: 'property-casing',
  level: 'error',
  description: 'Property names in request and response schemas are snake_case.',
  rationale: 'The team\'s payload keys are snake_case; one casing across every body means clients never guess between createdAt and created_at.',
  examples: {
    bad: `components:
  schemas:
    Project:
      type: object
      properties:
        projectId: { type: string }
        createdAt: { type: string, format: date-time }`,
    good: `components:
  schemas:
    Project:
      type: object
      properties:
        project_id: { type: string }
        created_at: { type: string, format: date-time }`,
  },
  run({ model, conventions, report }) {
    const style = conventions.casing.properties;
    const roots: Located[] = [];
    for (const operation of model.operations()) {
      for (const media of model.requestBody(operation)?.content ?? []) if (media.schema !== undefined) roots.push(media.schema);
      for (const response of model.responses(operation)) for (const media of response.content) if (media.schema !== undefined) roots.push(media.schema);
    }
    // One walk over every root with one `seen` set: each schema is visited
    // once, at its definition, however many operations reach it.
    const seen = new Set<object>();
    for (const root of roots) {
      walkSchemas(model, root, (schema) => {
        const properties = schema.value['properties'];
        if (!isObject(properties)) return true;
        const container = model.child(schema, 'properties');
        for (const name of Object.keys(properties)) {
          const bare = nameWithoutArraySuffix(name);
          if (matchesCasing(bare, style)) continue;
          const suggestion = toCasing(bare, style);
          const fix = matchesCasing(suggestion, style) ? `rename it to "${suggestion}"` : `rename it in ${style}`;
          const component = schemaNameOf(schema.path);
          const at = model.child(container, name);
          const users = component === undefined ? undefined : model.operationsUsing(schema);
          const where = component === undefined ? '' : ` in schema "${component}" (${describeUsers(users ?? [])})`;
          report({
            message: `Property "${name}"${where} is ${detectCasing(bare)}; ${fix} (${style}).`,
            at,
            ...(users === undefined ? {} : { operations: users }),
          });
        }
        return true;
      }, seen);
    }
  },
});
