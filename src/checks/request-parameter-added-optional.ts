import { defineCheck } from './types.js';
import { changeOperation } from './walk.js';

export default defineCheck({
  id: 'request-parameter-added-optional',
  direction: 'request',
  object: 'parameter',
  level: 'info',
  message: 'the optional {{in}} parameter {{name}} was added to {{method}} {{path}}',
  description: 'A new optional parameter: existing requests stay valid.',
  mitigation: 'Nothing to do.',
  walk(diff, emit) {
    for (const operation of diff.operations.modified) {
      for (const parameter of operation.parameters.added) {
        if (!parameter.required) emit({ operation: changeOperation(operation), args: { method: operation.method, path: operation.revision.path, in: parameter.in, name: parameter.name }, revision: parameter.location });
      }
    }
  },
});
