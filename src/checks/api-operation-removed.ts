import { defineCheck } from './types.js';
import { removedOperation } from './walk.js';

export default defineCheck({
  id: 'api-operation-removed',
  direction: 'api',
  object: 'operation',
  level: 'error',
  message: '{{method}} {{path}} was removed',
  description: 'An operation was removed from a path that still exists.',
  mitigation: 'Deprecate the operation with an x-sunset date and remove it after that date, or keep it and add the replacement under the next API version.',
  walk(diff, emit) {
    for (const operation of diff.operations.removed) {
      emit({ operation: removedOperation(operation), args: { method: operation.method, path: operation.path }, base: operation.location, subject: operation.lifecycle });
    }
  },
});
