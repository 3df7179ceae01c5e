import { defineCheck } from './types.js';
import { changeOperation } from './walk.js';

export default defineCheck({
  id: 'api-path-parameter-renamed',
  direction: 'api',
  object: 'path',
  level: 'info',
  message: 'path parameter {{from}} of {{method}} {{path}} was renamed to {{to}}',
  description: 'A path parameter was renamed at the same position of the template: the URL clients call is unchanged.',
  mitigation: 'Nothing to do: clients build the same URL.',
  walk(diff, emit) {
    for (const operation of diff.operations.modified) {
      for (const rename of operation.pathParameterNames) {
        emit({ operation: changeOperation(operation), args: { method: operation.method, path: operation.revision.path, from: rename.from, to: rename.to }, base: operation.base.location, revision: operation.revision.location });
      }
    }
  },
});
