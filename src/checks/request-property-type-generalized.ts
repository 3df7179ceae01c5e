import { defineCheck } from './types.js';
import { changeOperation, requestSchemaSites, requestSiteArgs } from './walk.js';

export default defineCheck({
  id: 'request-property-type-generalized',
  direction: 'request',
  object: 'property',
  level: 'info',
  message: 'the type of the request property {{property}} of {{method}} {{path}} widened from {{from}} to {{to}}',
  description: 'A request property accepts a wider type (e.g. integer to number): every body valid before is still valid.',
  mitigation: 'Nothing to do.',
  walk(diff, emit) {
    for (const site of requestSchemaSites(diff)) {
      const type = site.schema.type;
      if (type?.effect !== 'widened') continue;
      const from = type.from?.join('|') ?? 'any';
      const to = type.to?.join('|') ?? 'any';
      emit({ operation: changeOperation(site.operation), args: { ...requestSiteArgs(site), from, to }, base: site.schema.base, revision: site.schema.revision, before: from, after: to });
    }
  },
});
