import { enumValue } from './support.js';
import { defineCheck } from './types.js';
import { changeOperation, parameterSchemaSites } from './walk.js';

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
        emit({ operation: changeOperation(site.operation), args: { ...{ method: site.operation.method, path: site.operation.revision.path, in: site.parameter.in, name: site.parameter.name + site.path }, value: enumValue(value) }, base: site.schema.base, revision: site.schema.revision, after: value });
      }
    }
  },
});
