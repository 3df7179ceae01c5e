import { defineCheck } from './types.js';
import { changeOperation } from './walk.js';

export default defineCheck({
  id: 'response-header-became-optional',
  direction: 'response',
  object: 'header',
  level: 'error',
  message: 'the header {{header}} of the {{status}} response of {{method}} {{path}} became optional',
  description: 'A required response header became optional: clients that expect it break when it is missing.',
  mitigation: 'Keep sending the header every time, or make it optional under the next API version.',
  walk(diff, emit) {
    for (const operation of diff.operations.modified) {
      for (const response of operation.responses.modified) {
        for (const header of response.headers.modified) {
          if (header.required?.to === false) emit({ operation: changeOperation(operation), args: { method: operation.method, path: operation.revision.path, status: response.status, header: header.name }, base: header.base.location, revision: header.revision.location });
        }
      }
    }
  },
});
