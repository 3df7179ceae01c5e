import { defineCheck } from './types.js';
import { changeOperation, requestSchemaSites, requestSiteArgs } from './walk.js';

export default defineCheck({
  id: 'request-property-added-required',
  direction: 'request',
  object: 'property',
  level: 'error',
  message: 'the request property {{property}} was added as required to {{method}} {{path}}',
  description: 'A new required request property: bodies from existing clients lack it and are rejected.',
  mitigation: 'Add the property as optional with a default, or require it under the next API version.',
  walk(diff, emit) {
    for (const site of requestSchemaSites(diff)) {
      for (const property of site.schema.properties?.added ?? []) {
        if (!(property.required && !property.readOnly)) continue;
        emit({ operation: changeOperation(site.operation), args: requestSiteArgs(site, property.name), revision: property.location });
      }
    }
  },
});
