import { defineCheck } from './types.js';
import { changeOperation, requestSchemaSites, requestSiteArgs } from './walk.js';

export default defineCheck({
  id: 'request-discriminator-property-changed',
  direction: 'request',
  object: 'property',
  level: 'error',
  message: 'the discriminator of the request union {{property}} of {{method}} {{path}} changed from {{from}} to {{to}}',
  description: 'The property that names the branch of a request union changed: bodies that name their branch the old way are rejected or read as the wrong type.',
  mitigation: 'Keep the old discriminator property, or change it under the next API version.',
  walk(diff, emit) {
    for (const site of requestSchemaSites(diff)) {
      const change = site.schema.discriminator?.propertyName;
      if (change === undefined || change.from === undefined) continue;
      const from = change.from;
      const to = change.to ?? '(none)';
      emit({ operation: changeOperation(site.operation), args: { ...requestSiteArgs(site), from, to }, base: site.schema.base, revision: site.schema.revision, before: from, after: to });
    }
  },
});
