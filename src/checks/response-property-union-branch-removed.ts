import { defineCheck } from './types.js';
import { changeOperation, describePath, responseSchemaSites } from './walk.js';

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
        emit({ operation: changeOperation(site.operation), args: { ...{ method: site.operation.method, path: site.operation.revision.path, status: site.status ?? '', mediaType: site.mediaType, property: describePath(site.path) }, kind: union.kind, branch: String(branch.path[branch.path.length - 1] ?? index) }, base: branch, revision: site.schema.revision });
      });
    }
  },
});
