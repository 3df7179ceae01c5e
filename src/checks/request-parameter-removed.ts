import { defineCheck } from './types.js';
import { changeOperation } from './walk.js';

export default defineCheck({
  id: 'request-parameter-removed',
  direction: 'request',
  object: 'parameter',
  level: 'warning',
  message: 'the {{in}} parameter {{name}} was removed from {{method}} {{path}}',
  description: 'A parameter was removed: clients still send it, and the server now ignores (or rejects) it, so their requests may silently mean something else.',
  mitigation: 'Deprecate the parameter with an x-sunset date first and keep honouring it until then.',
  walk(diff, emit) {
    for (const operation of diff.operations.modified) {
      for (const parameter of operation.parameters.removed) {
        emit({ operation: changeOperation(operation), args: { method: operation.method, path: operation.revision.path, in: parameter.in, name: parameter.name }, base: parameter.location, subject: parameter.lifecycle });
      }
    }
  },
});
