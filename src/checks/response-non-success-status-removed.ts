import { defineCheck } from './types.js';
import { changeOperation, isSuccessStatus } from './walk.js';

export default defineCheck({
  id: 'response-non-success-status-removed',
  direction: 'response',
  object: 'status',
  level: 'info',
  message: '{{method}} {{path}} no longer documents the {{status}} response',
  description: 'An error status was removed from the documentation.',
  mitigation: 'Nothing to do, unless clients rely on that error; then keep documenting it.',
  walk(diff, emit) {
    for (const operation of diff.operations.modified) {
      for (const response of operation.responses.removed) {
        if (!isSuccessStatus(response.status)) emit({ operation: changeOperation(operation), args: { method: operation.method, path: operation.revision.path, status: response.status }, base: response.location });
      }
    }
  },
});
