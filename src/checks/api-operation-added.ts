import { defineCheck } from './types.js';
import { addedOperation } from './walk.js';

export default defineCheck({
  id: 'api-operation-added',
  direction: 'api',
  object: 'operation',
  level: 'info',
  message: '{{method}} {{path}} was added',
  description: 'An operation was added to an existing path.',
  mitigation: 'Nothing to do: a new operation does not affect existing clients.',
  walk(diff, emit) {
    for (const operation of diff.operations.added) {
      emit({ operation: addedOperation(operation), args: { method: operation.method, path: operation.path }, revision: operation.location });
    }
  },
});
