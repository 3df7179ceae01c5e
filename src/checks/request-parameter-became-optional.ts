import { defineCheck } from './types.js';
import { changeOperation } from './walk.js';

export default defineCheck({
  id: 'request-parameter-became-optional',
  direction: 'request',
  object: 'parameter',
  level: 'info',
  message: 'the {{in}} parameter {{name}} of {{method}} {{path}} became optional',
  description: 'A required parameter became optional: existing requests stay valid.',
  mitigation: 'Nothing to do.',
  walk(diff, emit) {
    for (const operation of diff.operations.modified) {
      for (const parameter of operation.parameters.modified) {
        if (parameter.required?.to === false) emit({ operation: changeOperation(operation), args: { method: operation.method, path: operation.revision.path, in: parameter.in, name: parameter.name }, base: parameter.base.location, revision: parameter.revision.location });
      }
    }
  },
});
