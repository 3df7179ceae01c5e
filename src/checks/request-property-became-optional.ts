import { defineCheck } from './types.js';
import { changeOperation, requestSchemaSites, requestSiteArgs } from './walk.js';

export default defineCheck({
  id: 'request-property-became-optional',
  direction: 'request',
  object: 'property',
  level: 'info',
  message: 'the request property {{property}} of {{method}} {{path}} became optional',
  description: 'A required request property became optional.',
  mitigation: 'Nothing to do.',
  walk(diff, emit) {
    for (const site of requestSchemaSites(diff)) {
      for (const property of site.schema.properties?.modified ?? []) {
        if (!(property.required?.to === false)) continue;
        emit({ operation: changeOperation(site.operation), args: requestSiteArgs(site, property.name), base: property.base.location, revision: property.revision.location });
      }
    }
  },
});
