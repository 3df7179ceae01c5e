import { defineCheck } from './types.js';
import { changeOperation, responseSchemaSites, responseSiteArgs } from './walk.js';

export default defineCheck({
  id: 'response-property-became-readable',
  direction: 'response',
  object: 'property',
  level: 'info',
  message: 'the response property {{property}} ({{status}}) of {{method}} {{path}} is no longer write-only',
  description: 'A writeOnly response property lost writeOnly: responses may now carry it, which clients that do not know it ignore.',
  mitigation: 'Nothing to do for existing clients; make sure no secret (a password, a token) is now returned.',
  walk(diff, emit) {
    for (const site of responseSchemaSites(diff)) {
      for (const property of site.schema.properties?.modified ?? []) {
        if (!property.base.writeOnly || property.revision.writeOnly) continue;
        emit({ operation: changeOperation(site.operation), args: responseSiteArgs(site, property.name), base: property.base.location, revision: property.revision.location });
      }
    }
  },
});
