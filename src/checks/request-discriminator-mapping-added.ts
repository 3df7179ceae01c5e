import { defineCheck } from './types.js';
import { changeOperation, requestSchemaSites, requestSiteArgs } from './walk.js';

export default defineCheck({
  id: 'request-discriminator-mapping-added',
  direction: 'request',
  object: 'property',
  level: 'info',
  message: 'the request union {{property}} of {{method}} {{path}} accepts a new discriminator value {{value}}',
  description: 'A request union accepts a new branch: existing bodies stay valid.',
  mitigation: 'Nothing to do for existing clients.',
  walk(diff, emit) {
    for (const site of requestSchemaSites(diff)) {
      // a branch that entered or left the union with its value is the union check's finding, not a second one
      if ((site.schema.union?.added.length ?? 0) > 0) continue;
      for (const value of site.schema.discriminator?.mappingAdded ?? []) {
        emit({ operation: changeOperation(site.operation), args: { ...requestSiteArgs(site), value }, base: site.schema.base, revision: site.schema.revision, after: value });
      }
    }
  },
});
