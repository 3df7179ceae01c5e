import { defineCheck } from './types.js';
import { changeOperation, requestSchemaSites, requestSiteArgs } from './walk.js';

export default defineCheck({
  id: 'request-property-removed',
  direction: 'request',
  object: 'property',
  level: 'warning',
  message: 'the request property {{property}} was removed from {{method}} {{path}}',
  description: 'A request property was removed: clients still send it, and the server ignores it (or rejects the body when additional properties are closed).',
  mitigation: 'Deprecate the property with an x-sunset date first and keep reading it until then.',
  walk(diff, emit) {
    for (const site of requestSchemaSites(diff)) {
      for (const property of site.schema.properties?.removed ?? []) {
        if (!(!property.readOnly)) continue;
        emit({ operation: changeOperation(site.operation), args: requestSiteArgs(site, property.name), base: property.location, subject: property.lifecycle });
      }
    }
  },
});
