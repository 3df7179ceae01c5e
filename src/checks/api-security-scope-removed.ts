import { securityUsage } from './support.js';
import { defineCheck } from './types.js';
import { changeOperation } from './walk.js';

export default defineCheck({
  id: 'api-security-scope-removed',
  direction: 'api',
  object: 'security',
  level: 'info',
  message: '{{method}} {{path}} no longer requires the scopes {{scopes}} of {{scheme}}',
  description: 'A security requirement asks for fewer scopes.',
  mitigation: 'Nothing to do for clients.',
  walk(diff, emit) {
    for (const operation of diff.operations.modified) {
      const security = operation.security;
      if (security === undefined) continue;
      const before = securityUsage(security.from);
      const after = securityUsage(security.to);
      for (const [scheme, scopes] of [...before].sort(([a], [b]) => a.localeCompare(b))) {
        const kept = after.get(scheme);
        if (kept === undefined) continue;
        const dropped = [...scopes].filter((scope) => !kept.has(scope)).sort();
        if (dropped.length > 0) emit({ operation: changeOperation(operation), args: { method: operation.method, path: operation.revision.path, scheme, scopes: dropped }, base: security.base, revision: security.revision, before: dropped });
      }
    }
  },
});
