import { enumValue } from './support.js';
import { defineCheck } from './types.js';
import { changeOperation, describePath, responseSchemaSites } from './walk.js';

export default defineCheck({
  id: 'response-property-enum-value-removed',
  direction: 'response',
  object: 'property',
  level: 'info',
  message: 'the response property {{property}} ({{status}}) of {{method}} {{path}} is never {{value}} now',
  description: 'A value was removed from a response enum: clients see fewer values than before.',
  mitigation: 'Nothing to do.',
  walk(diff, emit) {
    for (const site of responseSchemaSites(diff)) {
      for (const value of site.schema.enum?.removed ?? []) {
        emit({ operation: changeOperation(site.operation), args: { ...{ method: site.operation.method, path: site.operation.revision.path, status: site.status ?? '', mediaType: site.mediaType, property: describePath(site.path) }, value: enumValue(value) }, base: site.schema.base, revision: site.schema.revision, before: value });
      }
    }
  },
});
