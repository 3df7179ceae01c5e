import { defineCheck } from './types.js';
import { changeOperation } from './walk.js';

export default defineCheck({
  id: 'request-body-added-required',
  direction: 'request',
  object: 'body',
  level: 'error',
  message: '{{method}} {{path}} now requires a request body',
  description: 'A required request body was added: existing requests have none and are rejected.',
  mitigation: 'Make the body optional, or require it under the next API version.',
  walk(diff, emit) {
    for (const operation of diff.operations.modified) {
      const body = operation.requestBody;
      if (body?.change === 'added' && body.required.to === true) emit({ operation: changeOperation(operation), args: { method: operation.method, path: operation.revision.path }, revision: body.revision });
    }
  },
});
