import { constraintMoves } from './support.js';
import { defineCheck } from './types.js';
import { changeOperation, requestSchemaSites, requestSiteArgs } from './walk.js';

export default defineCheck({
  id: 'request-property-constraint-tightened',
  direction: 'request',
  object: 'property',
  level: 'error',
  message: 'the request property {{property}} of {{method}} {{path}} is more constrained: {{keyword}} {{from}} → {{to}}',
  description: 'A request property accepts fewer values (a lower maxLength or maximum, a higher minimum or minItems, a new enum, pattern or format): bodies clients send today may be rejected.',
  mitigation: 'Keep the old bounds, or tighten them under the next API version.',
  walk(diff, emit) {
    for (const site of requestSchemaSites(diff)) {
      for (const move of constraintMoves(site.schema)) {
        if (move.effect === 'relaxed') continue;
        emit({ operation: changeOperation(site.operation), args: { ...requestSiteArgs(site), keyword: move.keyword, from: move.from, to: move.to }, base: site.schema.base, revision: site.schema.revision, before: move.from, after: move.to });
      }
    }
  },
});
