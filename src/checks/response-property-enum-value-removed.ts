import { enumValue } from './support.js';
import { defineCheck } from './types.js';
import { changeOperation, responseSchemaSites, responseSiteArgs } from './walk.js';

export default defineCheck({
  id: 'response-property-enum-value-removed',
  direction: 'response',
  object: 'property',
  level: 'info',
  message: 'the response property {{property}} ({{status}}) of {{method}} {{path}} is never {{value}} now',
  description: 'A value was removed from a response enum: clients see fewer values than before.',
  mitigation: 'Nothing to do.',
  walk(diff, emit) {
    for (const site of responseSchemaSites(diff)) {
      for (const value of site.schema.enum?.removed ?? []) {
        emit({ operation: changeOperation(site.operation), args: { ...responseSiteArgs(site), value: enumValue(value) }, base: site.schema.base, revision: site.schema.revision, before: value });
      }
    }
  },
});
