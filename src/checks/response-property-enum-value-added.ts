import { enumValue } from './support.js';
import { defineCheck } from './types.js';
import { changeOperation, responseSchemaSites, responseSiteArgs } from './walk.js';

export default defineCheck({
  id: 'response-property-enum-value-added',
  direction: 'response',
  object: 'property',
  level: 'warning',
  message: 'the response property {{property}} ({{status}}) of {{method}} {{path}} may now be {{value}}',
  description: 'A value was added to a response enum: clients with an exhaustive switch over the values may break.',
  mitigation: 'Tell client authors to handle unknown values; if they cannot, add the value under the next API version.',
  walk(diff, emit) {
    for (const site of responseSchemaSites(diff)) {
      for (const value of site.schema.enum?.added ?? []) {
        emit({ operation: changeOperation(site.operation), args: { ...responseSiteArgs(site), value: enumValue(value) }, base: site.schema.base, revision: site.schema.revision, after: value });
      }
    }
  },
});
