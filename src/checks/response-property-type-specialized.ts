import { defineCheck } from './types.js';
import { changeOperation, responseSchemaSites, responseSiteArgs } from './walk.js';

export default defineCheck({
  id: 'response-property-type-specialized',
  direction: 'response',
  object: 'property',
  level: 'info',
  message: 'the type of the response property {{property}} ({{status}}) of {{method}} {{path}} narrowed from {{from}} to {{to}}',
  description: 'A response property has a narrower type (e.g. number to integer): every value is still of the old type.',
  mitigation: 'Nothing to do.',
  walk(diff, emit) {
    for (const site of responseSchemaSites(diff)) {
      const type = site.schema.type;
      if (type?.effect !== 'narrowed') continue;
      const from = type.from?.join('|') ?? 'any';
      const to = type.to?.join('|') ?? 'any';
      emit({ operation: changeOperation(site.operation), args: { ...responseSiteArgs(site), from, to }, base: site.schema.base, revision: site.schema.revision, before: from, after: to });
    }
  },
});
