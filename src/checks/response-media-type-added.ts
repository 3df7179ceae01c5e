import { defineCheck } from './types.js';
import { changeOperation } from './walk.js';

export default defineCheck({
  id: 'response-media-type-added',
  direction: 'response',
  object: 'media-type',
  level: 'info',
  message: 'the {{status}} response of {{method}} {{path}} now offers {{mediaType}}',
  description: 'A response media type was added.',
  mitigation: 'Nothing to do.',
  walk(diff, emit) {
    for (const operation of diff.operations.modified) {
      for (const response of operation.responses.modified) {
        for (const media of response.content.added) emit({ operation: changeOperation(operation), args: { method: operation.method, path: operation.revision.path, status: response.status, mediaType: media.mediaType }, revision: media.location });
      }
    }
  },
});
