import { defineCheck } from './types.js';
import { changeOperation, responseSchemaSites, responseSiteArgs } from './walk.js';

export default defineCheck({
  id: 'response-property-became-not-nullable',
  direction: 'response',
  object: 'property',
  level: 'info',
  message: 'the response property {{property}} ({{status}}) of {{method}} {{path}} is never null now',
  description: 'A response property is no longer nullable.',
  mitigation: 'Nothing to do.',
  walk(diff, emit) {
    for (const site of responseSchemaSites(diff)) {
      if (site.schema.nullable?.to !== false) continue;
      emit({ operation: changeOperation(site.operation), args: responseSiteArgs(site), base: site.schema.base, revision: site.schema.revision, before: true, after: false });
    }
  },
});
