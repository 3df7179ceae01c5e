import { enumValue } from './support.js';
import { defineCheck } from './types.js';
import { changeOperation, requestSchemaSites, requestSiteArgs } from './walk.js';

export default defineCheck({
  id: 'request-property-enum-value-removed',
  direction: 'request',
  object: 'property',
  level: 'error',
  message: 'the request property {{property}} of {{method}} {{path}} no longer accepts {{value}}',
  description: 'A value was removed from a request enum: bodies that send it are rejected.',
  mitigation: 'Keep accepting the value, or narrow the enum under the next API version.',
  walk(diff, emit) {
    for (const site of requestSchemaSites(diff)) {
      for (const value of site.schema.enum?.removed ?? []) {
        emit({ operation: changeOperation(site.operation), args: { ...requestSiteArgs(site), value: enumValue(value) }, base: site.schema.base, revision: site.schema.revision, before: value });
      }
    }
  },
});
