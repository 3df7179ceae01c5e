import { defineCheck } from './types.js';
import { changeOperation } from './walk.js';

export default defineCheck({
  id: 'api-operation-deprecated',
  direction: 'api',
  object: 'operation',
  level: 'info',
  message: '{{method}} {{path}} was deprecated',
  description: 'An operation was marked deprecated: the safe first step before removing it.',
  mitigation: 'Add an x-sunset date so clients know when it goes away.',
  walk(diff, emit) {
    for (const operation of diff.operations.modified) {
      if (operation.deprecated?.to !== true) continue;
      emit({ operation: changeOperation(operation), args: { method: operation.method, path: operation.revision.path, sunset: operation.revision.lifecycle.sunset ?? null }, base: operation.base.location, revision: operation.revision.location });
    }
  },
});
