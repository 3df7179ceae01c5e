import { missingSecurity } from './support.js';
import { defineCheck } from './types.js';
import { changeOperation } from './walk.js';

export default defineCheck({
  id: 'api-security-requirement-added',
  direction: 'api',
  object: 'security',
  level: 'error',
  message: '{{method}} {{path}} now requires the security scheme {{scheme}}',
  description: 'A security scheme became required: clients that do not send it are rejected.',
  mitigation: 'Accept the old credentials as an alternative (another entry in `security`), or require the new scheme only under the next API version.',
  walk(diff, emit) {
    for (const operation of diff.operations.modified) {
      const security = operation.security;
      if (security === undefined) continue;
      for (const scheme of missingSecurity(security.from, security.to).schemes) {
        emit({ operation: changeOperation(operation), args: { method: operation.method, path: operation.revision.path, scheme }, base: security.base, revision: security.revision });
      }
    }
  },
});
