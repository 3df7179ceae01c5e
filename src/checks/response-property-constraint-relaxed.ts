import { constraintMoves } from './support.js';
import { defineCheck } from './types.js';
import { changeOperation, responseSchemaSites, responseSiteArgs } from './walk.js';

export default defineCheck({
  id: 'response-property-constraint-relaxed',
  direction: 'response',
  object: 'property',
  level: 'warning',
  message: 'the response property {{property}} ({{status}}) of {{method}} {{path}} is less constrained: {{keyword}} {{from}} → {{to}}',
  description: 'A response property may hold more values than before (a higher maxLength, a dropped enum or pattern): clients that relied on the old bounds may break.',
  mitigation: 'Keep the bounds, or relax them under the next API version.',
  walk(diff, emit) {
    for (const site of responseSchemaSites(diff)) {
      for (const move of constraintMoves(site.schema)) {
        if (move.effect === 'tightened') continue;
        emit({ operation: changeOperation(site.operation), args: { ...responseSiteArgs(site), keyword: move.keyword, from: move.from, to: move.to }, base: site.schema.base, revision: site.schema.revision, before: move.from, after: move.to });
      }
    }
  },
});
