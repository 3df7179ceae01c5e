import { defineCheck } from './types.js';
import { changeOperation, responseSchemaSites, responseSiteArgs } from './walk.js';

export default defineCheck({
  id: 'response-property-became-required',
  direction: 'response',
  object: 'property',
  level: 'info',
  message: 'the response property {{property}} ({{status}}) of {{method}} {{path}} became required',
  description: 'An optional response property is now always sent.',
  mitigation: 'Nothing to do.',
  walk(diff, emit) {
    for (const site of responseSchemaSites(diff)) {
      for (const property of site.schema.properties?.modified ?? []) {
        if (!(property.required?.to === true)) continue;
        emit({ operation: changeOperation(site.operation), args: responseSiteArgs(site, property.name), base: property.base.location, revision: property.revision.location });
      }
    }
  },
});
