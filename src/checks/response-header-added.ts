import { defineCheck } from './types.js';
import { changeOperation } from './walk.js';

export default defineCheck({
  id: 'response-header-added',
  direction: 'response',
  object: 'header',
  level: 'info',
  message: 'the {{status}} response of {{method}} {{path}} sends a new header {{header}}',
  description: 'A response header was added.',
  mitigation: 'Nothing to do.',
  walk(diff, emit) {
    for (const operation of diff.operations.modified) {
      for (const response of operation.responses.modified) {
        for (const header of response.headers.added) emit({ operation: changeOperation(operation), args: { method: operation.method, path: operation.revision.path, status: response.status, header: header.name }, revision: header.location });
      }
    }
  },
});
