import { defineCheck } from './types.js';
import { changeOperation } from './walk.js';

export default defineCheck({
  id: 'request-parameter-became-required',
  direction: 'request',
  object: 'parameter',
  level: 'error',
  message: 'the {{in}} parameter {{name}} of {{method}} {{path}} became required',
  description: 'An optional parameter became required: requests that leave it out are rejected.',
  mitigation: 'Keep it optional and apply a default server-side, or make it required under the next API version.',
  walk(diff, emit) {
    for (const operation of diff.operations.modified) {
      for (const parameter of operation.parameters.modified) {
        if (parameter.required?.to === true) emit({ operation: changeOperation(operation), args: { method: operation.method, path: operation.revision.path, in: parameter.in, name: parameter.name }, base: parameter.base.location, revision: parameter.revision.location });
      }
    }
  },
});
