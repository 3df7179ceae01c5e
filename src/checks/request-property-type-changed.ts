import { defineCheck } from './types.js';
import { changeOperation, requestSchemaSites, requestSiteArgs } from './walk.js';

export default defineCheck({
  id: 'request-property-type-changed',
  direction: 'request',
  object: 'property',
  level: 'error',
  message: 'the type of the request property {{property}} of {{method}} {{path}} changed from {{from}} to {{to}}',
  description: 'A request property accepts a different or narrower type: bodies clients send today may be rejected.',
  mitigation: 'Accept both types (a union), or change the type under the next API version.',
  walk(diff, emit) {
    for (const site of requestSchemaSites(diff)) {
      const type = site.schema.type;
      if (type === undefined || type.effect === 'widened') continue;
      const from = type.from?.join('|') ?? 'any';
      const to = type.to?.join('|') ?? 'any';
      emit({ operation: changeOperation(site.operation), args: { ...requestSiteArgs(site), from, to }, base: site.schema.base, revision: site.schema.revision, before: from, after: to });
    }
  },
});
