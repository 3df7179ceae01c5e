import { defineCheck } from './types.js';
import { changeOperation } from './walk.js';

export default defineCheck({
  id: 'request-parameter-moved',
  direction: 'request',
  object: 'parameter',
  level: 'error',
  message: 'the parameter {{name}} of {{method}} {{path}} moved from {{from}} to {{to}}',
  description: 'A parameter moved to another location (e.g. from the query to a header): clients send it where it is no longer read.',
  mitigation: 'Accept it in both places, or move it under the next API version.',
  walk(diff, emit) {
    for (const operation of diff.operations.modified) {
      for (const move of operation.parameters.moved) {
        emit({ operation: changeOperation(operation), args: { method: operation.method, path: operation.revision.path, name: move.name, from: move.from.in, to: move.to.in }, base: move.from.location, revision: move.to.location, before: move.from.in, after: move.to.in });
      }
    }
  },
});
