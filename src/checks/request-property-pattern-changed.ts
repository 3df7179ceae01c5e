import { replaced } from './support.js';
import { defineCheck } from './types.js';
import { changeOperation, requestSchemaSites, requestSiteArgs } from './walk.js';

export default defineCheck({
  id: 'request-property-pattern-changed',
  direction: 'request',
  object: 'property',
  level: 'warning',
  message: 'the pattern of the request property {{property}} of {{method}} {{path}} changed from {{from}} to {{to}}',
  description: 'A request pattern was replaced: whether it accepts fewer values cannot be told from the schema.',
  mitigation: 'Check that every value the old pattern accepted still matches; if not, change it under the next API version.',
  walk(diff, emit) {
    for (const site of requestSchemaSites(diff)) {
      const pattern = site.schema.pattern;
      if (!replaced(pattern)) continue;
      emit({ operation: changeOperation(site.operation), args: { ...requestSiteArgs(site), from: pattern.from, to: pattern.to }, base: site.schema.base, revision: site.schema.revision, before: pattern.from, after: pattern.to });
    }
  },
});
