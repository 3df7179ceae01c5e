import { defineCheck } from './types.js';
import { changeOperation, requestSchemaSites, requestSiteArgs } from './walk.js';

export default defineCheck({
  id: 'request-property-added-optional',
  direction: 'request',
  object: 'property',
  level: 'info',
  message: 'the optional request property {{property}} was added to {{method}} {{path}}',
  description: 'A new optional request property: existing bodies stay valid.',
  mitigation: 'Nothing to do.',
  walk(diff, emit) {
    for (const site of requestSchemaSites(diff)) {
      for (const property of site.schema.properties?.added ?? []) {
        if (!(!property.required || property.readOnly)) continue;
        emit({ operation: changeOperation(site.operation), args: requestSiteArgs(site, property.name), revision: property.location });
      }
    }
  },
});
