import { defineCheck } from './types.js';
import { changeOperation, responseSchemaSites, responseSiteArgs } from './walk.js';

export default defineCheck({
  id: 'response-property-type-changed',
  direction: 'response',
  object: 'property',
  level: 'error',
  message: 'the type of the response property {{property}} ({{status}}) of {{method}} {{path}} changed from {{from}} to {{to}}',
  description: 'A response property has a different or wider type: clients that parse the old type break.',
  mitigation: 'Add a new property with the new type and keep the old one, or change it under the next API version.',
  walk(diff, emit) {
    for (const site of responseSchemaSites(diff)) {
      const type = site.schema.type;
      if (type === undefined || type.effect === 'narrowed') continue;
      const from = type.from?.join('|') ?? 'any';
      const to = type.to?.join('|') ?? 'any';
      emit({ operation: changeOperation(site.operation), args: { ...responseSiteArgs(site), from, to }, base: site.schema.base, revision: site.schema.revision, before: from, after: to });
    }
  },
});
