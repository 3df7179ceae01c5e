import { defineCheck } from './types.js';
import { removedOperation } from './walk.js';

export default defineCheck({
  id: 'api-path-removed',
  direction: 'api',
  object: 'path',
  level: 'error',
  message: '{{method}} {{path}} was removed with its whole path',
  description: 'Every operation of a path was removed.',
  mitigation: 'Keep the path (mark its operations deprecated with an x-sunset date first), or serve the new design under the next API version while this one stays.',
  walk(diff, emit) {
    for (const path of diff.paths.removed) {
      for (const operation of path.operations) {
        emit({ operation: removedOperation(operation), args: { method: operation.method, path: operation.path }, base: operation.location, subject: operation.lifecycle });
      }
    }
  },
});
