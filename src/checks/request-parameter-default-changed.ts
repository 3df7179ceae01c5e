import { defineCheck } from './types.js';
import { changeOperation, formatValue, parameterSchemaSites, parameterSiteArgs } from './walk.js';

export default defineCheck({
  id: 'request-parameter-default-changed',
  direction: 'request',
  object: 'parameter',
  level: 'warning',
  message: 'the default of the {{in}} parameter {{name}} of {{method}} {{path}} changed from {{from}} to {{to}}',
  description: 'A parameter default changed or was dropped: clients that leave the parameter out get different behaviour.',
  mitigation: 'Keep the default; introduce the new default under the next API version.',
  walk(diff, emit) {
    for (const site of parameterSchemaSites(diff)) {
      const change = site.schema.default;
      if (change === undefined || change.from === undefined) continue;
      emit({ operation: changeOperation(site.operation), args: { ...parameterSiteArgs(site), from: formatValue(change.from), to: formatValue(change.to) }, base: site.schema.base, revision: site.schema.revision, before: change.from, after: change.to ?? null });
    }
  },
});
