import { defineCheck } from './types.js';
import { changeOperation } from './walk.js';

export default defineCheck({
  id: 'request-parameter-deprecated',
  direction: 'request',
  object: 'parameter',
  level: 'info',
  message: 'the {{in}} parameter {{name}} of {{method}} {{path}} was deprecated',
  description: 'A parameter was marked deprecated: the safe first step before removing it.',
  mitigation: 'Add an x-sunset date so clients know when it goes away.',
  walk(diff, emit) {
    for (const operation of diff.operations.modified) {
      for (const parameter of operation.parameters.modified) {
        if (parameter.deprecated?.to === true) emit({ operation: changeOperation(operation), args: { method: operation.method, path: operation.revision.path, in: parameter.in, name: parameter.name }, base: parameter.base.location, revision: parameter.revision.location });
      }
    }
  },
});
