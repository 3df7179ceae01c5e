import { defineCheck } from './types.js';
import { changeOperation } from './walk.js';

export default defineCheck({
  id: 'request-body-added-optional',
  direction: 'request',
  object: 'body',
  level: 'info',
  message: '{{method}} {{path}} accepts an optional request body',
  description: 'An optional request body was added.',
  mitigation: 'Nothing to do.',
  walk(diff, emit) {
    for (const operation of diff.operations.modified) {
      const body = operation.requestBody;
      if (body?.change === 'added' && body.required.to !== true) emit({ operation: changeOperation(operation), args: { method: operation.method, path: operation.revision.path }, revision: body.revision });
    }
  },
});
