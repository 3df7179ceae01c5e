import { defineCheck } from './types.js';
import { changeOperation } from './walk.js';

export default defineCheck({
  id: 'request-body-media-type-added',
  direction: 'request',
  object: 'media-type',
  level: 'info',
  message: '{{method}} {{path}} now accepts {{mediaType}} request bodies',
  description: 'A request media type was added.',
  mitigation: 'Nothing to do.',
  walk(diff, emit) {
    for (const operation of diff.operations.modified) {
      const body = operation.requestBody;
      if (body?.change !== 'modified') continue;
      for (const media of body.content.added) emit({ operation: changeOperation(operation), args: { method: operation.method, path: operation.revision.path, mediaType: media.mediaType }, revision: media.location });
    }
  },
});
