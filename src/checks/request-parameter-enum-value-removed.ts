import { enumValue } from './support.js';
import { defineCheck } from './types.js';
import { changeOperation, parameterSchemaSites, parameterSiteArgs } from './walk.js';

export default defineCheck({
  id: 'request-parameter-enum-value-removed',
  direction: 'request',
  object: 'parameter',
  level: 'error',
  message: 'the {{in}} parameter {{name}} of {{method}} {{path}} no longer accepts {{value}}',
  description: 'A value was removed from a parameter enum: requests that send it are rejected.',
  mitigation: 'Keep accepting the value (deprecate it in the description), or narrow the enum under the next API version.',
  walk(diff, emit) {
    for (const site of parameterSchemaSites(diff)) {
      for (const value of site.schema.enum?.removed ?? []) {
        emit({ operation: changeOperation(site.operation), args: { ...parameterSiteArgs(site), value: enumValue(value) }, base: site.schema.base, revision: site.schema.revision, before: value });
      }
    }
  },
});
