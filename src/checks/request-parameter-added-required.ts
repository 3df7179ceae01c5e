import { defineCheck } from './types.js';
import { changeOperation } from './walk.js';

export default defineCheck({
  id: 'request-parameter-added-required',
  direction: 'request',
  object: 'parameter',
  level: 'error',
  message: 'the {{in}} parameter {{name}} was added as required to {{method}} {{path}}',
  description: 'A new required parameter: requests from existing clients lack it and are rejected.',
  mitigation: 'Make the parameter optional with a default that keeps the old behaviour, or add it as required under the next API version.',
  walk(diff, emit) {
    for (const operation of diff.operations.modified) {
      for (const parameter of operation.parameters.added) {
        if (parameter.required) emit({ operation: changeOperation(operation), args: { method: operation.method, path: operation.revision.path, in: parameter.in, name: parameter.name }, revision: parameter.location });
      }
    }
  },
});
