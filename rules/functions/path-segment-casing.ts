import { detectCasing, matchesCasing, toCasing } from '../../src/conventions/words.js';
import { defineRule } from '../../src/lint/rule.js';
import { documentPaths } from '../../src/lint/paths.js';

export default defineRule({
  id: 'path-segment-casing',
  level: 'error',
  description: 'Static path segments use the configured casing (snake_case by default).',
  rationale: 'One separator everywhere (the team uses `_`) means nobody has to guess whether it is /incomplete-runs or /incomplete_runs.',
  examples: {
    bad: `paths:
  /v1/experiments/{experiment_id}/incomplete-runs:
    get: { responses: { '200': { description: OK } } }`,
    good: `paths:
  /v1/experiments/{experiment_id}/incomplete_runs:
    get: { responses: { '200': { description: OK } } }`,
  },
  run({ model, conventions, report }) {
    const style = conventions.casing.path_segments;
    for (const { path, parsed } of documentPaths(model, conventions)) {
      for (const segment of parsed.segments) {
        if (segment.kind !== 'static' || matchesCasing(segment.value, style)) continue;
        report({
          message: `Path segment "${segment.value}" in "${path}" is ${detectCasing(segment.value)}; use ${style}: "${toCasing(segment.value, style)}".`,
          at: ['paths', path],
        });
      }
    }
  },
});
