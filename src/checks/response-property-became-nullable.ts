import { defineCheck } from './types.js';
import { changeOperation, responseSchemaSites, responseSiteArgs } from './walk.js';

export default defineCheck({
  id: 'response-property-became-nullable',
  direction: 'response',
  object: 'property',
  level: 'error',
  message: 'the response property {{property}} ({{status}}) of {{method}} {{path}} may now be null',
  description: 'A response property became nullable: clients that use the value without a null check break.',
  mitigation: 'Keep the property non-null (omit it or send a default), or make it nullable under the next API version.',
  walk(diff, emit) {
    for (const site of responseSchemaSites(diff)) {
      if (site.schema.nullable?.to !== true) continue;
      emit({ operation: changeOperation(site.operation), args: responseSiteArgs(site), base: site.schema.base, revision: site.schema.revision, before: false, after: true });
    }
  },
});
