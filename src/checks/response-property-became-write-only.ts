import { defineCheck } from './types.js';
import { changeOperation, responseSchemaSites, responseSiteArgs } from './walk.js';

export default defineCheck({
  id: 'response-property-became-write-only',
  direction: 'response',
  object: 'property',
  level: 'error',
  message: 'the response property {{property}} ({{status}}) of {{method}} {{path}} became write-only',
  description: 'A response property became writeOnly: it is no longer returned, and clients that read it break.',
  mitigation: 'Keep returning the property (deprecate it first), or make it write-only under the next API version.',
  walk(diff, emit) {
    for (const site of responseSchemaSites(diff)) {
      for (const property of site.schema.properties?.modified ?? []) {
        if (property.base.writeOnly || !property.revision.writeOnly) continue;
        emit({ operation: changeOperation(site.operation), args: responseSiteArgs(site, property.name), base: property.base.location, revision: property.revision.location });
      }
    }
  },
});
