import { defineCheck } from './types.js';
import { changeOperation, requestSchemaSites, requestSiteArgs } from './walk.js';

export default defineCheck({
  id: 'request-property-union-branch-removed',
  direction: 'request',
  object: 'property',
  level: 'error',
  message: 'the request property {{property}} of {{method}} {{path}} lost the {{kind}} branch {{branch}}',
  description: 'A request union lost a branch: bodies of that shape are rejected.',
  mitigation: 'Keep the branch, or remove it under the next API version.',
  walk(diff, emit) {
    for (const site of requestSchemaSites(diff)) {
      const union = site.schema.union;
      if (union === undefined) continue;
      union.removed.forEach((branch, index) => {
        emit({ operation: changeOperation(site.operation), args: { ...requestSiteArgs(site), kind: union.kind, branch: String(branch.path[branch.path.length - 1] ?? index) }, base: branch, revision: site.schema.revision });
      });
    }
  },
});
