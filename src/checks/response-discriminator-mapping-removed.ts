import { defineCheck } from './types.js';
import { changeOperation, responseSchemaSites, responseSiteArgs } from './walk.js';

export default defineCheck({
  id: 'response-discriminator-mapping-removed',
  direction: 'response',
  object: 'property',
  level: 'info',
  message: 'the response union {{property}} ({{status}}) of {{method}} {{path}} no longer answers with the branch {{value}}',
  description: 'A response union answers with fewer branches: clients that handle it simply never see it.',
  mitigation: 'Nothing to do for existing clients.',
  walk(diff, emit) {
    for (const site of responseSchemaSites(diff)) {
      // a branch that entered or left the union with its value is the union check's finding, not a second one
      if ((site.schema.union?.removed.length ?? 0) > 0) continue;
      for (const value of site.schema.discriminator?.mappingRemoved ?? []) {
        emit({ operation: changeOperation(site.operation), args: { ...responseSiteArgs(site), value }, base: site.schema.base, revision: site.schema.revision, before: value });
      }
    }
  },
});
