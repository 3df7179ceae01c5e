import { defineCheck } from './types.js';
import { changeOperation } from './walk.js';

export default defineCheck({
  id: 'request-body-became-optional',
  direction: 'request',
  object: 'body',
  level: 'info',
  message: 'the request body of {{method}} {{path}} became optional',
  description: 'A required request body became optional.',
  mitigation: 'Nothing to do.',
  walk(diff, emit) {
    for (const operation of diff.operations.modified) {
      const body = operation.requestBody;
      if (body?.change === 'modified' && body.required.from === true && body.required.to !== true) emit({ operation: changeOperation(operation), args: { method: operation.method, path: operation.revision.path }, base: body.base, revision: body.revision });
    }
  },
});
