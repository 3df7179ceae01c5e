import { defineCheck } from './types.js';
import { changeOperation, parameterSchemaSites, parameterSiteArgs } from './walk.js';

export default defineCheck({
  id: 'request-parameter-type-changed',
  direction: 'request',
  object: 'parameter',
  level: 'error',
  message: 'the type of the {{in}} parameter {{name}} of {{method}} {{path}} changed from {{from}} to {{to}}',
  description: 'A parameter accepts a different or narrower type: values clients send today may be rejected.',
  mitigation: 'Accept both types, or change the type under the next API version.',
  walk(diff, emit) {
    for (const site of parameterSchemaSites(diff)) {
      const type = site.schema.type;
      if (type === undefined || type.effect === 'widened') continue;
      const from = type.from?.join('|') ?? 'any';
      const to = type.to?.join('|') ?? 'any';
      emit({ operation: changeOperation(site.operation), args: { ...parameterSiteArgs(site), from, to }, base: site.schema.base, revision: site.schema.revision, before: from, after: to });
    }
  },
});
