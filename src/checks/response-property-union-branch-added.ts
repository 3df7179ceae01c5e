import { defineCheck } from './types.js';
import { changeOperation, responseSchemaSites, responseSiteArgs } from './walk.js';

export default defineCheck({
  id: 'response-property-union-branch-added',
  direction: 'response',
  object: 'property',
  level: 'warning',
  message: 'the response property {{property}} ({{status}}) of {{method}} {{path}} gained the {{kind}} branch {{branch}}',
  description: 'A response union gained a branch: clients that handle only the known shapes may break on the new one.',
  mitigation: 'Tell client authors to tolerate unknown variants; if they cannot, add the variant under the next API version.',
  walk(diff, emit) {
    for (const site of responseSchemaSites(diff)) {
      const union = site.schema.union;
      if (union === undefined) continue;
      union.added.forEach((branch, index) => {
        emit({ operation: changeOperation(site.operation), args: { ...responseSiteArgs(site), kind: union.kind, branch: String(branch.path[branch.path.length - 1] ?? index) }, base: site.schema.base, revision: branch });
      });
    }
  },
});
