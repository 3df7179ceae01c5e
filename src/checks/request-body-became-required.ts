import { defineCheck } from './types.js';
import { changeOperation } from './walk.js';

export default defineCheck({
  id: 'request-body-became-required',
  direction: 'request',
  object: 'body',
  level: 'error',
  message: 'the request body of {{method}} {{path}} became required',
  description: 'An optional request body became required: requests without one are rejected.',
  mitigation: 'Keep the body optional, or require it under the next API version.',
  walk(diff, emit) {
    for (const operation of diff.operations.modified) {
      const body = operation.requestBody;
      if (body?.change === 'modified' && body.required.from !== true && body.required.to === true) emit({ operation: changeOperation(operation), args: { method: operation.method, path: operation.revision.path }, base: body.base, revision: body.revision });
    }
  },
});
