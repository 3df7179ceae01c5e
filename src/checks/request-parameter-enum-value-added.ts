import { enumValue } from './support.js';
import { defineCheck } from './types.js';
import { changeOperation, parameterSchemaSites, parameterSiteArgs } from './walk.js';

export default defineCheck({
  id: 'request-parameter-enum-value-added',
  direction: 'request',
  object: 'parameter',
  level: 'info',
  message: 'the {{in}} parameter {{name}} of {{method}} {{path}} now accepts {{value}}',
  description: 'A value was added to a parameter enum: the parameter accepts more than before.',
  mitigation: 'Nothing to do.',
  walk(diff, emit) {
    for (const site of parameterSchemaSites(diff)) {
      for (const value of site.schema.enum?.added ?? []) {
        emit({ operation: changeOperation(site.operation), args: { ...parameterSiteArgs(site), value: enumValue(value) }, base: site.schema.base, revision: site.schema.revision, after: value });
      }
    }
  },
});
