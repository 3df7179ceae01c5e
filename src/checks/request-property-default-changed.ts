import { defineCheck } from './types.js';
import { changeOperation, formatValue, requestSchemaSites, requestSiteArgs } from './walk.js';

export default defineCheck({
  id: 'request-property-default-changed',
  direction: 'request',
  object: 'property',
  level: 'warning',
  message: 'the default of the request property {{property}} of {{method}} {{path}} changed from {{from}} to {{to}}',
  description: 'A request property default changed or was dropped: clients that leave the property out get different behaviour.',
  mitigation: 'Keep the default; introduce the new one under the next API version.',
  walk(diff, emit) {
    for (const site of requestSchemaSites(diff)) {
      const change = site.schema.default;
      if (change === undefined || change.from === undefined) continue;
      emit({ operation: changeOperation(site.operation), args: { ...requestSiteArgs(site), from: formatValue(change.from), to: formatValue(change.to) }, base: site.schema.base, revision: site.schema.revision, before: change.from, after: change.to ?? null });
    }
  },
});
