import { enumValue } from './support.js';
import { defineCheck } from './types.js';
import { changeOperation, requestSchemaSites, requestSiteArgs } from './walk.js';

export default defineCheck({
  id: 'request-property-enum-value-added',
  direction: 'request',
  object: 'property',
  level: 'info',
  message: 'the request property {{property}} of {{method}} {{path}} now accepts {{value}}',
  description: 'A value was added to a request enum: the property accepts more than before.',
  mitigation: 'Nothing to do.',
  walk(diff, emit) {
    for (const site of requestSchemaSites(diff)) {
      for (const value of site.schema.enum?.added ?? []) {
        emit({ operation: changeOperation(site.operation), args: { ...requestSiteArgs(site), value: enumValue(value) }, base: site.schema.base, revision: site.schema.revision, after: value });
      }
    }
  },
});
