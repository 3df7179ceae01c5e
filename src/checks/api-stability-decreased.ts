import { stabilityRank } from './support.js';
import { defineCheck } from './types.js';
import { changeOperation } from './walk.js';

export default defineCheck({
  id: 'api-stability-decreased',
  direction: 'api',
  object: 'operation',
  level: 'error',
  message: 'the stability of {{method}} {{path}} went down from {{from}} to {{to}}',
  description: 'An operation was marked less stable than before (e.g. stable to beta): clients were promised it would not break.',
  mitigation: 'Keep the stability level; put experimental changes on a new operation marked beta.',
  walk(diff, emit) {
    for (const operation of diff.operations.modified) {
      const change = operation.stability;
      if (change === undefined || stabilityRank(change.to) >= stabilityRank(change.from)) continue;
      emit({ operation: changeOperation(operation), args: { method: operation.method, path: operation.revision.path, from: change.from ?? 'stable', to: change.to ?? 'stable' }, base: operation.base.location, revision: operation.revision.location, before: change.from ?? 'stable', after: change.to ?? 'stable' });
    }
  },
});
