import { defineCheck } from './types.js';
import { changeOperation } from './walk.js';

export default defineCheck({
  id: 'request-body-media-type-removed',
  direction: 'request',
  object: 'media-type',
  level: 'error',
  message: '{{method}} {{path}} no longer accepts {{mediaType}} request bodies',
  description: 'A request media type was removed: clients sending it are rejected (415).',
  mitigation: 'Keep accepting the media type, or drop it under the next API version.',
  walk(diff, emit) {
    for (const operation of diff.operations.modified) {
      const body = operation.requestBody;
      if (body?.change !== 'modified') continue;
      for (const media of body.content.removed) emit({ operation: changeOperation(operation), args: { method: operation.method, path: operation.revision.path, mediaType: media.mediaType }, base: media.location });
    }
  },
});
