import { stabilityRank } from './support.js';
import { defineCheck } from './types.js';
import { changeOperation } from './walk.js';

export default defineCheck({
  id: 'api-stability-increased',
  direction: 'api',
  object: 'operation',
  level: 'info',
  message: 'the stability of {{method}} {{path}} went up from {{from}} to {{to}}',
  description: 'An operation was marked more stable than before (e.g. beta to stable): from now on it may only break under a new version.',
  mitigation: 'Nothing to do; breaking changes to it now need the next API version.',
  walk(diff, emit) {
    for (const operation of diff.operations.modified) {
      const change = operation.stability;
      if (change === undefined || stabilityRank(change.to) <= stabilityRank(change.from)) continue;
      emit({ operation: changeOperation(operation), args: { method: operation.method, path: operation.revision.path, from: change.from ?? 'stable', to: change.to ?? 'stable' }, base: operation.base.location, revision: operation.revision.location, before: change.from ?? 'stable', after: change.to ?? 'stable' });
    }
  },
});
