import { missingSecurity } from './support.js';
import { defineCheck } from './types.js';
import { changeOperation } from './walk.js';

export default defineCheck({
  id: 'api-security-scope-added',
  direction: 'api',
  object: 'security',
  level: 'error',
  message: '{{method}} {{path}} now requires the scopes {{scopes}} of {{scheme}}',
  description: 'A security requirement asks for more scopes: tokens issued for the old scopes are rejected.',
  mitigation: 'Keep the old scopes sufficient, or require the new ones under the next API version.',
  walk(diff, emit) {
    for (const operation of diff.operations.modified) {
      const security = operation.security;
      if (security === undefined) continue;
      for (const { scheme, scopes } of missingSecurity(security.from, security.to).scopes) {
        emit({ operation: changeOperation(operation), args: { method: operation.method, path: operation.revision.path, scheme, scopes }, base: security.base, revision: security.revision, after: scopes });
      }
    }
  },
});
