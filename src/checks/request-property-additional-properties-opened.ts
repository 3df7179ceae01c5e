import { defineCheck } from './types.js';
import { changeOperation, requestSchemaSites, requestSiteArgs } from './walk.js';

export default defineCheck({
  id: 'request-property-additional-properties-opened',
  direction: 'request',
  object: 'property',
  level: 'info',
  message: 'the request object {{property}} of {{method}} {{path}} now accepts additional properties',
  description: 'additionalProperties is no longer false: more bodies are valid.',
  mitigation: 'Nothing to do.',
  walk(diff, emit) {
    for (const site of requestSchemaSites(diff)) {
      const change = site.schema.additionalProperties;
      if (change === undefined || change.from !== 'closed' || change.to === 'closed') continue;
      emit({ operation: changeOperation(site.operation), args: { ...requestSiteArgs(site), to: change.to }, base: site.schema.base, revision: site.schema.revision, before: change.from, after: change.to });
    }
  },
});
