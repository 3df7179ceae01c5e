import { defineCheck } from './types.js';
import { changeOperation, requestSchemaSites, requestSiteArgs } from './walk.js';

export default defineCheck({
  id: 'request-property-became-read-only',
  direction: 'request',
  object: 'property',
  level: 'error',
  message: 'the request property {{property}} of {{method}} {{path}} became read-only',
  description: 'A request property became readOnly: clients that send it have it ignored or rejected.',
  mitigation: 'Keep accepting the property (deprecate it first), or make it read-only under the next API version.',
  walk(diff, emit) {
    for (const site of requestSchemaSites(diff)) {
      for (const property of site.schema.properties?.modified ?? []) {
        if (property.base.readOnly || !property.revision.readOnly) continue;
        emit({ operation: changeOperation(site.operation), args: requestSiteArgs(site, property.name), base: property.base.location, revision: property.revision.location });
      }
    }
  },
});
