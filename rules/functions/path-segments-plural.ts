import { defineRule } from '../../src/lint/rule.js';
import { documentPaths, resourceSegments } from '../../src/lint/paths.js';

export default defineRule({
  id: 'path-segments-plural',
  level: 'warning',
  description: 'Static resource segments in paths are plural nouns, unless configured as singleton resources.',
  rationale: 'A collection is named in the plural (/datasets/{dataset_id}); the same noun then reads the same for the list and for one item.',
  examples: {
    bad: `paths:
  /v1/dataset/{dataset_id}:
    get: { responses: { '200': { description: OK } } }`,
    good: `paths:
  /v1/datasets/{dataset_id}:
    get: { responses: { '200': { description: OK } } }
  /v1/user:          # with conventions.singletons: [user]
    get: { responses: { '200': { description: OK } } }`,
  },
  run({ model, conventions, vocabulary, report }) {
    for (const { path, parsed } of documentPaths(model, conventions)) {
      for (const segment of resourceSegments(parsed, vocabulary)) {
        const judgement = vocabulary.classifySegment(segment.value);
        if (judgement.kind !== 'singular') continue;
        report({
          message: `Path segment "${segment.value}" in "${path}" is singular; name the collection in the plural ("${judgement.plural ?? segment.value}"), or list it in conventions.singletons if there is only ever one.`,
          at: ['paths', path],
        });
      }
    }
  },
});
