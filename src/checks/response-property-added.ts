import { defineCheck } from './types.js';
import { changeOperation, responseSchemaSites, responseSiteArgs } from './walk.js';

export default defineCheck({
  id: 'response-property-added',
  direction: 'response',
  object: 'property',
  level: 'info',
  message: 'the response property {{property}} ({{status}}) was added to {{method}} {{path}}',
  description: 'A new response property: clients ignore what they do not know.',
  mitigation: 'Nothing to do.',
  walk(diff, emit) {
    for (const site of responseSchemaSites(diff)) {
      for (const property of site.schema.properties?.added ?? []) {
        if (!(!property.writeOnly)) continue;
        emit({ operation: changeOperation(site.operation), args: responseSiteArgs(site, property.name), revision: property.location });
      }
    }
  },
});
