import { replaced } from './support.js';
import { defineCheck } from './types.js';
import { changeOperation, requestSchemaSites, requestSiteArgs } from './walk.js';

export default defineCheck({
  id: 'request-property-format-changed',
  direction: 'request',
  object: 'property',
  level: 'error',
  message: 'the format of the request property {{property}} of {{method}} {{path}} changed from {{from}} to {{to}}',
  description: 'A request property has a different format (e.g. date to date-time): values clients send today may be rejected.',
  mitigation: 'Accept both formats, or change the format under the next API version.',
  walk(diff, emit) {
    for (const site of requestSchemaSites(diff)) {
      const format = site.schema.format;
      if (!replaced(format)) continue;
      emit({ operation: changeOperation(site.operation), args: { ...requestSiteArgs(site), from: format.from, to: format.to }, base: site.schema.base, revision: site.schema.revision, before: format.from, after: format.to });
    }
  },
});
