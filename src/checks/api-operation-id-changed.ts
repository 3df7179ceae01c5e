import { defineCheck } from './types.js';
import { changeOperation } from './walk.js';

export default defineCheck({
  id: 'api-operation-id-changed',
  direction: 'api',
  object: 'operation',
  level: 'warning',
  message: 'the operationId of {{method}} {{path}} changed from {{from}} to {{to}}',
  description: 'The operationId changed: generated clients rename (or lose) the method that calls it.',
  mitigation: 'Keep the old operationId; if the name must change, add the new operation under the next API version.',
  walk(diff, emit) {
    for (const operation of diff.operations.modified) {
      const change = operation.operationId;
      if (change === undefined || change.from === undefined) continue;
      emit({ operation: changeOperation(operation), args: { method: operation.method, path: operation.revision.path, from: change.from, to: change.to ?? 'none' }, base: operation.base.location, revision: operation.revision.location, before: change.from, after: change.to ?? null });
    }
  },
});
