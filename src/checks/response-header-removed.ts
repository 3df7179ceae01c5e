import { defineCheck } from './types.js';
import { changeOperation } from './walk.js';

export default defineCheck({
  id: 'response-header-removed',
  direction: 'response',
  object: 'header',
  level: 'error',
  message: 'the {{status}} response of {{method}} {{path}} no longer sends the header {{header}}',
  description: 'A response header was removed: clients that read it break.',
  mitigation: 'Keep sending the header, or drop it under the next API version.',
  walk(diff, emit) {
    for (const operation of diff.operations.modified) {
      for (const response of operation.responses.modified) {
        for (const header of response.headers.removed) emit({ operation: changeOperation(operation), args: { method: operation.method, path: operation.revision.path, status: response.status, header: header.name }, base: header.location });
      }
    }
  },
});
