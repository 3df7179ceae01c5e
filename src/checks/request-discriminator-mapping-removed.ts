import { defineCheck } from './types.js';
import { changeOperation, requestSchemaSites, requestSiteArgs } from './walk.js';

export default defineCheck({
  id: 'request-discriminator-mapping-removed',
  direction: 'request',
  object: 'property',
  level: 'error',
  message: 'the request union {{property}} of {{method}} {{path}} no longer accepts the discriminator value {{value}}',
  description: 'A value left the discriminator mapping of a request union: bodies of that branch are rejected.',
  mitigation: 'Keep accepting the value (deprecate the branch first), or drop it under the next API version.',
  walk(diff, emit) {
    for (const site of requestSchemaSites(diff)) {
      // a branch that entered or left the union with its value is the union check's finding, not a second one
      if ((site.schema.union?.removed.length ?? 0) > 0) continue;
      for (const value of site.schema.discriminator?.mappingRemoved ?? []) {
        emit({ operation: changeOperation(site.operation), args: { ...requestSiteArgs(site), value }, base: site.schema.base, revision: site.schema.revision, before: value });
      }
    }
  },
});
