import { defineCheck } from './types.js';
import { changeOperation, requestSchemaSites, requestSiteArgs } from './walk.js';

export default defineCheck({
  id: 'request-property-additional-properties-closed',
  direction: 'request',
  object: 'property',
  level: 'error',
  message: 'the request object {{property}} of {{method}} {{path}} no longer accepts additional properties',
  description: 'additionalProperties became false: bodies with extra keys (which clients may send today) are rejected.',
  mitigation: 'Keep additional properties allowed (ignore unknown keys), or close the object under the next API version.',
  walk(diff, emit) {
    for (const site of requestSchemaSites(diff)) {
      const change = site.schema.additionalProperties;
      if (change === undefined || change.to !== 'closed' || change.from === 'closed') continue;
      emit({ operation: changeOperation(site.operation), args: { ...requestSiteArgs(site), from: change.from }, base: site.schema.base, revision: site.schema.revision, before: change.from, after: change.to });
    }
  },
});
