import { constraintMoves } from './support.js';
import { defineCheck } from './types.js';
import { changeOperation, parameterSchemaSites, parameterSiteArgs } from './walk.js';

export default defineCheck({
  id: 'request-parameter-constraint-tightened',
  direction: 'request',
  object: 'parameter',
  level: 'error',
  message: 'the {{in}} parameter {{name}} of {{method}} {{path}} is more constrained: {{keyword}} {{from}} → {{to}}',
  description: 'A parameter accepts fewer values (a lower maximum or maxLength, a higher minimum, a new enum, pattern or format): values clients send today may be rejected.',
  mitigation: 'Keep the old bounds, or tighten them under the next API version.',
  walk(diff, emit) {
    for (const site of parameterSchemaSites(diff)) {
      for (const move of constraintMoves(site.schema)) {
        if (move.effect === 'relaxed') continue;
        emit({ operation: changeOperation(site.operation), args: { ...parameterSiteArgs(site), keyword: move.keyword, from: move.from, to: move.to }, base: site.schema.base, revision: site.schema.revision, before: move.from, after: move.to });
      }
    }
  },
});
