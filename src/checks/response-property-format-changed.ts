import { replaced } from './support.js';
import { defineCheck } from './types.js';
import { changeOperation, responseSchemaSites, responseSiteArgs } from './walk.js';

export default defineCheck({
  id: 'response-property-format-changed',
  direction: 'response',
  object: 'property',
  level: 'error',
  message: 'the format of the response property {{property}} ({{status}}) of {{method}} {{path}} changed from {{from}} to {{to}}',
  description: 'A response property has a different format: clients that parse the old format break.',
  mitigation: 'Add a new property in the new format, or change it under the next API version.',
  walk(diff, emit) {
    for (const site of responseSchemaSites(diff)) {
      const format = site.schema.format;
      if (!replaced(format)) continue;
      emit({ operation: changeOperation(site.operation), args: { ...responseSiteArgs(site), from: format.from, to: format.to }, base: site.schema.base, revision: site.schema.revision, before: format.from, after: format.to });
    }
  },
});
