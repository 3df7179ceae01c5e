import { defineCheck } from './types.js';
import { changeOperation, responseSchemaSites, responseSiteArgs } from './walk.js';

export default defineCheck({
  id: 'response-discriminator-mapping-added',
  direction: 'response',
  object: 'property',
  level: 'warning',
  message: 'the response union {{property}} ({{status}}) of {{method}} {{path}} may now be of the branch {{value}}',
  description: 'A response union may answer with a new branch: clients that switch over the discriminator values may meet one they cannot read.',
  mitigation: 'Tell client authors to handle unknown branches; if they cannot, add it under the next API version.',
  walk(diff, emit) {
    for (const site of responseSchemaSites(diff)) {
      // a branch that entered or left the union with its value is the union check's finding, not a second one
      if ((site.schema.union?.added.length ?? 0) > 0) continue;
      for (const value of site.schema.discriminator?.mappingAdded ?? []) {
        emit({ operation: changeOperation(site.operation), args: { ...responseSiteArgs(site), value }, base: site.schema.base, revision: site.schema.revision, after: value });
      }
    }
  },
});
