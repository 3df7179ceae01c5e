import { defineCheck } from './types.js';
import { existingOperation } from './walk.js';

export default defineCheck({
  id: 'api-security-scheme-scope-removed',
  direction: 'api',
  object: 'security',
  level: 'error',
  message: 'the {{flow}} flow of {{scheme}}, which {{method}} {{path}} requires, no longer offers the scopes {{scopes}}',
  description: 'An OAuth flow of a security scheme in use dropped scopes: clients that ask the authorization server for them are refused.',
  mitigation: 'Keep offering the scopes (they may grant nothing new), or drop them under the next API version.',
  walk(diff, emit) {
    for (const scheme of diff.securitySchemes?.modified ?? []) {
      for (const flow of scheme.flows) {
        if (flow.scopesRemoved.length === 0) continue;
        for (const operation of scheme.usedBy) {
          emit({
            operation: existingOperation(operation),
            args: { method: operation.method, path: operation.path, scheme: scheme.name, flow: flow.flow, scopes: flow.scopesRemoved },
            base: scheme.base,
            revision: scheme.revision,
            before: flow.scopesRemoved,
          });
        }
      }
    }
  },
});
