import { defineCheck } from './types.js';
import { changeOperation } from './walk.js';

export default defineCheck({
  id: 'api-operation-reactivated',
  direction: 'api',
  object: 'operation',
  level: 'info',
  message: '{{method}} {{path}} is no longer deprecated',
  description: 'An operation lost its deprecated mark.',
  mitigation: 'Nothing to do; tell clients who planned to migrate away that they need not.',
  walk(diff, emit) {
    for (const operation of diff.operations.modified) {
      if (operation.deprecated?.to !== false) continue;
      emit({ operation: changeOperation(operation), args: { method: operation.method, path: operation.revision.path }, base: operation.base.location, revision: operation.revision.location });
    }
  },
});
