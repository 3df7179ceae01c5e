import { constraintMoves } from './support.js';
import { defineCheck } from './types.js';
import { changeOperation, requestSchemaSites, requestSiteArgs } from './walk.js';

export default defineCheck({
  id: 'request-property-constraint-relaxed',
  direction: 'request',
  object: 'property',
  level: 'info',
  message: 'the request property {{property}} of {{method}} {{path}} is less constrained: {{keyword}} {{from}} → {{to}}',
  description: 'A request property accepts more values than before.',
  mitigation: 'Nothing to do.',
  walk(diff, emit) {
    for (const site of requestSchemaSites(diff)) {
      for (const move of constraintMoves(site.schema)) {
        if (move.effect !== 'relaxed') continue;
        emit({ operation: changeOperation(site.operation), args: { ...requestSiteArgs(site), keyword: move.keyword, from: move.from, to: move.to }, base: site.schema.base, revision: site.schema.revision, before: move.from, after: move.to });
      }
    }
  },
});
