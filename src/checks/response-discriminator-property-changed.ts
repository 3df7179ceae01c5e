import { defineCheck } from './types.js';
import { changeOperation, responseSchemaSites, responseSiteArgs } from './walk.js';

export default defineCheck({
  id: 'response-discriminator-property-changed',
  direction: 'response',
  object: 'property',
  level: 'error',
  message: 'the discriminator of the response union {{property}} ({{status}}) of {{method}} {{path}} changed from {{from}} to {{to}}',
  description: 'The property that names the branch of a response union changed: clients that pick the type by the old property cannot read the response.',
  mitigation: 'Keep sending the old discriminator property, or change it under the next API version.',
  walk(diff, emit) {
    for (const site of responseSchemaSites(diff)) {
      const change = site.schema.discriminator?.propertyName;
      if (change === undefined || change.from === undefined) continue;
      const from = change.from;
      const to = change.to ?? '(none)';
      emit({ operation: changeOperation(site.operation), args: { ...responseSiteArgs(site), from, to }, base: site.schema.base, revision: site.schema.revision, before: from, after: to });
    }
  },
});
