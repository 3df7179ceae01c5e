import { replaced } from './support.js';
import { defineCheck } from './types.js';
import { changeOperation, parameterSchemaSites, parameterSiteArgs } from './walk.js';

export default defineCheck({
  id: 'request-parameter-format-changed',
  direction: 'request',
  object: 'parameter',
  level: 'error',
  message: 'the format of the {{in}} parameter {{name}} of {{method}} {{path}} changed from {{from}} to {{to}}',
  description: 'A parameter has a different format (e.g. date to date-time): values clients send today may be rejected.',
  mitigation: 'Accept both formats, or change the format under the next API version.',
  walk(diff, emit) {
    for (const site of parameterSchemaSites(diff)) {
      const format = site.schema.format;
      if (!replaced(format)) continue;
      emit({ operation: changeOperation(site.operation), args: { ...parameterSiteArgs(site), from: format.from, to: format.to }, base: site.schema.base, revision: site.schema.revision, before: format.from, after: format.to });
    }
  },
});
