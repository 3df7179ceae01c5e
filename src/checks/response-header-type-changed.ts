import { defineCheck } from './types.js';
import { changeOperation } from './walk.js';

export default defineCheck({
  id: 'response-header-type-changed',
  direction: 'response',
  object: 'header',
  level: 'error',
  message: 'the type of the header {{header}} in the {{status}} response of {{method}} {{path}} changed from {{from}} to {{to}}',
  description: 'A response header has a different or wider type: clients that parse the old type (a count, a timestamp) break.',
  mitigation: 'Send the new value in a new header and keep the old one, or change it under the next API version.',
  walk(diff, emit) {
    for (const operation of diff.operations.modified) {
      for (const response of operation.responses.modified) {
        for (const header of response.headers.modified) {
          const type = header.schema?.type;
          // a narrower type (integer where it said number) is still what clients parse
          if (type === undefined || type.effect === 'narrowed') continue;
          const from = type.from?.join('|') ?? 'any';
          const to = type.to?.join('|') ?? 'any';
          emit({
            operation: changeOperation(operation),
            args: { method: operation.method, path: operation.revision.path, status: response.status, header: header.name, from, to },
            base: header.base.location,
            revision: header.revision.location,
            before: from,
            after: to,
          });
        }
      }
    }
  },
});
