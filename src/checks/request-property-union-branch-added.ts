import { defineCheck } from './types.js';
import { changeOperation, requestSchemaSites, requestSiteArgs } from './walk.js';

export default defineCheck({
  id: 'request-property-union-branch-added',
  direction: 'request',
  object: 'property',
  level: 'info',
  message: 'the request property {{property}} of {{method}} {{path}} gained the {{kind}} branch {{branch}}',
  description: 'A request union gained a branch: it accepts more than before.',
  mitigation: 'Nothing to do.',
  walk(diff, emit) {
    for (const site of requestSchemaSites(diff)) {
      const union = site.schema.union;
      if (union === undefined) continue;
      union.added.forEach((branch, index) => {
        emit({ operation: changeOperation(site.operation), args: { ...requestSiteArgs(site), kind: union.kind, branch: String(branch.path[branch.path.length - 1] ?? index) }, base: site.schema.base, revision: branch });
      });
    }
  },
});
