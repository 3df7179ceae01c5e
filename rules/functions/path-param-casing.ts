import { detectCasing, matchesCasing, toCasing } from '../../src/conventions/words.js';
import { defineRule } from '../../src/lint/rule.js';
import { documentPaths } from '../../src/lint/paths.js';

export default defineRule({
  id: 'path-param-casing',
  level: 'error',
  description: 'Path parameter names use the configured casing (snake_case by default).',
  rationale: 'Parameter names show up in generated clients and docs; the same casing as query parameters and payload keys keeps them predictable.',
  examples: {
    bad: `paths:
  /v1/datasets/{datasetId}:
    get:
      parameters: [{ name: datasetId, in: path, required: true, schema: { type: string } }]
      responses: { '200': { description: OK } }`,
    good: `paths:
  /v1/datasets/{dataset_id}:
    get:
      parameters: [{ name: dataset_id, in: path, required: true, schema: { type: string } }]
      responses: { '200': { description: OK } }`,
  },
  run({ model, conventions, report }) {
    const style = conventions.casing.path_params;
    for (const { path, parsed } of documentPaths(model, conventions)) {
      for (const name of new Set(parsed.params)) {
        if (matchesCasing(name, style)) continue;
        report({
          message: `Path parameter "{${name}}" in "${path}" is ${detectCasing(name)}; use ${style}: "{${toCasing(name, style)}}".`,
          at: ['paths', path],
        });
      }
    }
  },
});
