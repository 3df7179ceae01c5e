import { defineCheck } from './types.js';
import { changeOperation, requestSchemaSites, requestSiteArgs } from './walk.js';

export default defineCheck({
  id: 'request-property-became-writable',
  direction: 'request',
  object: 'property',
  level: 'info',
  message: 'the request property {{property}} of {{method}} {{path}} is no longer read-only',
  description: 'A readOnly request property lost readOnly: clients may now send it, and existing bodies stay valid.',
  mitigation: 'Nothing to do for existing clients.',
  walk(diff, emit) {
    for (const site of requestSchemaSites(diff)) {
      for (const property of site.schema.properties?.modified ?? []) {
        if (!property.base.readOnly || property.revision.readOnly) continue;
        emit({ operation: changeOperation(site.operation), args: requestSiteArgs(site, property.name), base: property.base.location, revision: property.revision.location });
      }
    }
  },
});
