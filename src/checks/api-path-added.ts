import { defineCheck } from './types.js';
import { addedOperation } from './walk.js';

export default defineCheck({
  id: 'api-path-added',
  direction: 'api',
  object: 'path',
  level: 'info',
  message: '{{method}} {{path}} was added with a new path',
  description: 'A new path with its operations was added.',
  mitigation: 'Nothing to do: new paths do not affect existing clients.',
  walk(diff, emit) {
    for (const path of diff.paths.added) {
      for (const operation of path.operations) {
        emit({ operation: addedOperation(operation), args: { method: operation.method, path: operation.path }, revision: operation.location });
      }
    }
  },
});
