import { defineCheck } from './types.js';
import { changeOperation, responseSchemaSites, responseSiteArgs } from './walk.js';

export default defineCheck({
  id: 'response-property-union-branch-removed',
  direction: 'response',
  object: 'property',
  level: 'info',
  message: 'the response property {{property}} ({{status}}) of {{method}} {{path}} lost the {{kind}} branch {{branch}}',
  description: 'A response union lost a branch: clients see fewer shapes than before.',
  mitigation: 'Nothing to do.',
  walk(diff, emit) {
    for (const site of responseSchemaSites(diff)) {
      const union = site.schema.union;
      if (union === undefined) continue;
      union.removed.forEach((branch, index) => {
        emit({ operation: changeOperation(site.operation), args: { ...responseSiteArgs(site), kind: union.kind, branch: String(branch.path[branch.path.length - 1] ?? index) }, base: branch, revision: site.schema.revision });
      });
    }
  },
});
