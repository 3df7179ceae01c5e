import { constraintMoves } from './support.js';
import { defineCheck } from './types.js';
import { changeOperation, parameterSchemaSites, parameterSiteArgs } from './walk.js';

export default defineCheck({
  id: 'request-parameter-constraint-relaxed',
  direction: 'request',
  object: 'parameter',
  level: 'info',
  message: 'the {{in}} parameter {{name}} of {{method}} {{path}} is less constrained: {{keyword}} {{from}} → {{to}}',
  description: 'A parameter accepts more values than before.',
  mitigation: 'Nothing to do.',
  walk(diff, emit) {
    for (const site of parameterSchemaSites(diff)) {
      for (const move of constraintMoves(site.schema)) {
        if (move.effect !== 'relaxed') continue;
        emit({ operation: changeOperation(site.operation), args: { ...parameterSiteArgs(site), keyword: move.keyword, from: move.from, to: move.to }, base: site.schema.base, revision: site.schema.revision, before: move.from, after: move.to });
      }
    }
  },
});
