import { defineCheck } from './types.js';
import { changeOperation, requestSchemaSites, requestSiteArgs } from './walk.js';

export default defineCheck({
  id: 'request-property-became-nullable',
  direction: 'request',
  object: 'property',
  level: 'info',
  message: 'the request property {{property}} of {{method}} {{path}} now accepts null',
  description: 'A request property became nullable: it accepts more than before.',
  mitigation: 'Nothing to do.',
  walk(diff, emit) {
    for (const site of requestSchemaSites(diff)) {
      if (site.schema.nullable?.to !== true) continue;
      emit({ operation: changeOperation(site.operation), args: requestSiteArgs(site), base: site.schema.base, revision: site.schema.revision, before: false, after: true });
    }
  },
});
