import { defineCheck } from './types.js';
import { changeOperation } from './walk.js';

export default defineCheck({
  id: 'response-media-type-removed',
  direction: 'response',
  object: 'media-type',
  level: 'error',
  message: 'the {{status}} response of {{method}} {{path}} no longer offers {{mediaType}}',
  description: 'A response media type was removed: clients asking for it get 406 or a body they cannot parse.',
  mitigation: 'Keep producing the media type, or drop it under the next API version.',
  walk(diff, emit) {
    for (const operation of diff.operations.modified) {
      for (const response of operation.responses.modified) {
        for (const media of response.content.removed) emit({ operation: changeOperation(operation), args: { method: operation.method, path: operation.revision.path, status: response.status, mediaType: media.mediaType }, base: media.location });
      }
    }
  },
});
