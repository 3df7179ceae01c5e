import { defineCheck } from './types.js';
import { existingOperation } from './walk.js';

export default defineCheck({
  id: 'api-security-scheme-scope-added',
  direction: 'api',
  object: 'security',
  level: 'info',
  message: 'the {{flow}} flow of {{scheme}}, which {{method}} {{path}} requires, offers new scopes {{scopes}}',
  description: 'An OAuth flow of a security scheme in use offers more scopes: existing clients keep asking for the ones they know.',
  mitigation: 'Nothing to do for existing clients.',
  walk(diff, emit) {
    for (const scheme of diff.securitySchemes?.modified ?? []) {
      for (const flow of scheme.flows) {
        if (flow.scopesAdded.length === 0) continue;
        for (const operation of scheme.usedBy) {
          emit({
            operation: existingOperation(operation),
            args: { method: operation.method, path: operation.path, scheme: scheme.name, flow: flow.flow, scopes: flow.scopesAdded },
            base: scheme.base,
            revision: scheme.revision,
            after: flow.scopesAdded,
          });
        }
      }
    }
  },
});
