import { defineCheck } from './types.js';
import { changeOperation } from './walk.js';

export default defineCheck({
  id: 'response-header-became-required',
  direction: 'response',
  object: 'header',
  level: 'info',
  message: 'the header {{header}} of the {{status}} response of {{method}} {{path}} is always sent now',
  description: 'An optional response header became required: clients can rely on it.',
  mitigation: 'Nothing to do.',
  walk(diff, emit) {
    for (const operation of diff.operations.modified) {
      for (const response of operation.responses.modified) {
        for (const header of response.headers.modified) {
          if (header.required?.to === true) emit({ operation: changeOperation(operation), args: { method: operation.method, path: operation.revision.path, status: response.status, header: header.name }, base: header.base.location, revision: header.revision.location });
        }
      }
    }
  },
});
