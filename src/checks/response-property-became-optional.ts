import { defineCheck } from './types.js';
import { changeOperation, responseSchemaSites, responseSiteArgs } from './walk.js';

export default defineCheck({
  id: 'response-property-became-optional',
  direction: 'response',
  object: 'property',
  level: 'error',
  message: 'the response property {{property}} ({{status}}) of {{method}} {{path}} became optional',
  description: 'A required response property became optional: clients that expect it to be there break when it is missing.',
  mitigation: 'Keep the property required (always send it), or make it optional under the next API version.',
  walk(diff, emit) {
    for (const site of responseSchemaSites(diff)) {
      for (const property of site.schema.properties?.modified ?? []) {
        if (!(property.required?.to === false && !property.revision.writeOnly)) continue;
        emit({ operation: changeOperation(site.operation), args: responseSiteArgs(site, property.name), base: property.base.location, revision: property.revision.location });
      }
    }
  },
});
