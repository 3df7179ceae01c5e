import { defineCheck } from './types.js';
import { changeOperation, responseSchemaSites, responseSiteArgs } from './walk.js';

export default defineCheck({
  id: 'response-property-removed',
  direction: 'response',
  object: 'property',
  level: 'error',
  message: 'the response property {{property}} ({{status}}) of {{method}} {{path}} was removed',
  description: 'A response property was removed: clients that read it break.',
  mitigation: 'Keep the property (deprecate it with an x-sunset date first), or drop it under the next API version.',
  walk(diff, emit) {
    for (const site of responseSchemaSites(diff)) {
      for (const property of site.schema.properties?.removed ?? []) {
        if (!(!property.writeOnly)) continue;
        emit({ operation: changeOperation(site.operation), args: responseSiteArgs(site, property.name), base: property.location, subject: property.lifecycle });
      }
    }
  },
});
