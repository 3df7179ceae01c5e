import { defineCheck } from './types.js';
import { changeOperation } from './walk.js';

export default defineCheck({
  id: 'request-body-removed',
  direction: 'request',
  object: 'body',
  level: 'warning',
  message: 'the request body of {{method}} {{path}} was removed',
  description: 'The operation no longer takes a request body: what clients send is ignored (or rejected), so their requests may silently mean something else.',
  mitigation: 'Keep reading the body until a sunset date, or drop it under the next API version.',
  walk(diff, emit) {
    for (const operation of diff.operations.modified) {
      const body = operation.requestBody;
      if (body?.change === 'removed') emit({ operation: changeOperation(operation), args: { method: operation.method, path: operation.revision.path }, base: body.base });
    }
  },
});
