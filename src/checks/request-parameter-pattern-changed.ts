import { replaced } from './support.js';
import { defineCheck } from './types.js';
import { changeOperation, parameterSchemaSites, parameterSiteArgs } from './walk.js';

export default defineCheck({
  id: 'request-parameter-pattern-changed',
  direction: 'request',
  object: 'parameter',
  level: 'warning',
  message: 'the pattern of the {{in}} parameter {{name}} of {{method}} {{path}} changed from {{from}} to {{to}}',
  description: 'A parameter pattern was replaced: whether it accepts fewer values cannot be told from the schema.',
  mitigation: 'Check that every value the old pattern accepted still matches; if not, change it under the next API version.',
  walk(diff, emit) {
    for (const site of parameterSchemaSites(diff)) {
      const pattern = site.schema.pattern;
      if (!replaced(pattern)) continue;
      emit({ operation: changeOperation(site.operation), args: { ...parameterSiteArgs(site), from: pattern.from, to: pattern.to }, base: site.schema.base, revision: site.schema.revision, before: pattern.from, after: pattern.to });
    }
  },
});
