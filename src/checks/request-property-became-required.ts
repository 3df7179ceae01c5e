import { defineCheck } from './types.js';
import { changeOperation, requestSchemaSites, requestSiteArgs } from './walk.js';

export default defineCheck({
  id: 'request-property-became-required',
  direction: 'request',
  object: 'property',
  level: 'error',
  message: 'the request property {{property}} of {{method}} {{path}} became required',
  description: 'An optional request property became required: bodies that leave it out are rejected.',
  mitigation: 'Keep it optional and default it server-side, or require it under the next API version.',
  walk(diff, emit) {
    for (const site of requestSchemaSites(diff)) {
      for (const property of site.schema.properties?.modified ?? []) {
        if (!(property.required?.to === true && !property.revision.readOnly)) continue;
        emit({ operation: changeOperation(site.operation), args: requestSiteArgs(site, property.name), base: property.base.location, revision: property.revision.location });
      }
    }
  },
});
