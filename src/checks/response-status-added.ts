import { defineCheck } from './types.js';
import { changeOperation } from './walk.js';

export default defineCheck({
  id: 'response-status-added',
  direction: 'response',
  object: 'status',
  level: 'info',
  message: '{{method}} {{path}} documents a new {{status}} response',
  description: 'A response status was added.',
  mitigation: 'Tell client authors: a new error status needs handling.',
  walk(diff, emit) {
    for (const operation of diff.operations.modified) {
      for (const response of operation.responses.added) emit({ operation: changeOperation(operation), args: { method: operation.method, path: operation.revision.path, status: response.status }, revision: response.location });
    }
  },
});
