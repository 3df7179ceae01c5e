import { securityUsage } from './support.js';
import { defineCheck } from './types.js';
import { changeOperation } from './walk.js';

export default defineCheck({
  id: 'api-security-requirement-removed',
  direction: 'api',
  object: 'security',
  level: 'info',
  message: '{{method}} {{path}} no longer uses the security scheme {{scheme}}',
  description: 'A security scheme is no longer used by an operation.',
  mitigation: 'Nothing to do for clients; check that the operation is meant to be reachable without it.',
  walk(diff, emit) {
    for (const operation of diff.operations.modified) {
      const security = operation.security;
      if (security === undefined) continue;
      const after = securityUsage(security.to);
      for (const scheme of [...securityUsage(security.from).keys()].sort()) {
        if (!after.has(scheme)) emit({ operation: changeOperation(operation), args: { method: operation.method, path: operation.revision.path, scheme }, base: security.base, revision: security.revision });
      }
    }
  },
});
