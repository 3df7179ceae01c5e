import { defineCheck } from './types.js';
import { changeOperation, parameterSchemaSites, parameterSiteArgs } from './walk.js';

export default defineCheck({
  id: 'request-parameter-type-generalized',
  direction: 'request',
  object: 'parameter',
  level: 'info',
  message: 'the type of the {{in}} parameter {{name}} of {{method}} {{path}} widened from {{from}} to {{to}}',
  description: 'A parameter accepts a wider type (e.g. integer to number): every value valid before is still valid.',
  mitigation: 'Nothing to do.',
  walk(diff, emit) {
    for (const site of parameterSchemaSites(diff)) {
      const type = site.schema.type;
      if (type?.effect !== 'widened') continue;
      const from = type.from?.join('|') ?? 'any';
      const to = type.to?.join('|') ?? 'any';
      emit({ operation: changeOperation(site.operation), args: { ...parameterSiteArgs(site), from, to }, base: site.schema.base, revision: site.schema.revision, before: from, after: to });
    }
  },
});
