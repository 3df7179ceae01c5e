import { defineCheck } from './types.js';
import { changeOperation, requestSchemaSites, requestSiteArgs } from './walk.js';

export default defineCheck({
  id: 'request-property-became-not-nullable',
  direction: 'request',
  object: 'property',
  level: 'error',
  message: 'the request property {{property}} of {{method}} {{path}} no longer accepts null',
  description: 'A request property is no longer nullable: bodies that send null are rejected.',
  mitigation: 'Keep accepting null (treat it as absent), or drop it under the next API version.',
  walk(diff, emit) {
    for (const site of requestSchemaSites(diff)) {
      if (site.schema.nullable?.to !== false) continue;
      emit({ operation: changeOperation(site.operation), args: requestSiteArgs(site), base: site.schema.base, revision: site.schema.revision, before: true, after: false });
    }
  },
});
