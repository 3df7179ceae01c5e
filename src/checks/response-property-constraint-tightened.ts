import { constraintMoves } from './support.js';
import { defineCheck } from './types.js';
import { changeOperation, responseSchemaSites, responseSiteArgs } from './walk.js';

export default defineCheck({
  id: 'response-property-constraint-tightened',
  direction: 'response',
  object: 'property',
  level: 'info',
  message: 'the response property {{property}} ({{status}}) of {{method}} {{path}} is more constrained: {{keyword}} {{from}} → {{to}}',
  description: 'A response property holds fewer values than before: still within what clients expect.',
  mitigation: 'Nothing to do.',
  walk(diff, emit) {
    for (const site of responseSchemaSites(diff)) {
      for (const move of constraintMoves(site.schema)) {
        if (move.effect !== 'tightened') continue;
        emit({ operation: changeOperation(site.operation), args: { ...responseSiteArgs(site), keyword: move.keyword, from: move.from, to: move.to }, base: site.schema.base, revision: site.schema.revision, before: move.from, after: move.to });
      }
    }
  },
});
