import { defineCheck } from './types.js';
import { changeOperation, isSuccessStatus } from './walk.js';

export default defineCheck({
  id: 'response-success-status-removed',
  direction: 'response',
  object: 'status',
  level: 'error',
  message: '{{method}} {{path}} no longer answers {{status}}',
  description: 'A success status was removed: clients that handle it get a response they do not expect.',
  mitigation: 'Keep answering with the old status, or change it under the next API version.',
  walk(diff, emit) {
    for (const operation of diff.operations.modified) {
      for (const response of operation.responses.removed) {
        if (isSuccessStatus(response.status)) emit({ operation: changeOperation(operation), args: { method: operation.method, path: operation.revision.path, status: response.status }, base: response.location });
      }
    }
  },
});
