import { defineCheck } from './types.js';
import { changeOperation, requestSchemaSites, requestSiteArgs } from './walk.js';

export default defineCheck({
  id: 'request-property-deprecated',
  direction: 'request',
  object: 'property',
  level: 'info',
  message: 'the request property {{property}} of {{method}} {{path}} was deprecated',
  description: 'A request property was marked deprecated: the safe first step before removing it.',
  mitigation: 'Add an x-sunset date so clients know when it goes away.',
  walk(diff, emit) {
    for (const site of requestSchemaSites(diff)) {
      if (site.schema.deprecated?.to !== true) continue;
      emit({ operation: changeOperation(site.operation), args: requestSiteArgs(site), base: site.schema.base, revision: site.schema.revision });
    }
  },
});
