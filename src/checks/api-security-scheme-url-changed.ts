import { defineCheck } from './types.js';
import { existingOperation } from './walk.js';

export default defineCheck({
  id: 'api-security-scheme-url-changed',
  direction: 'api',
  object: 'security',
  level: 'error',
  message: 'the {{url}} of the {{flow}} flow of {{scheme}}, which {{method}} {{path}} requires, changed from {{from}} to {{to}}',
  description: 'An OAuth flow of a security scheme in use moved its token or authorization URL: clients configured with the old one cannot get tokens.',
  mitigation: 'Keep the old URL working (a redirect), or move it under the next API version.',
  walk(diff, emit) {
    for (const scheme of diff.securitySchemes?.modified ?? []) {
      for (const flow of scheme.flows) {
        for (const [url, change] of [['tokenUrl', flow.tokenUrl], ['authorizationUrl', flow.authorizationUrl]] as const) {
          if (change === undefined) continue;
          const from = change.from ?? '(none)';
          const to = change.to ?? '(none)';
          for (const operation of scheme.usedBy) {
            emit({
              operation: existingOperation(operation),
              args: { method: operation.method, path: operation.path, scheme: scheme.name, flow: flow.flow, url, from, to },
              base: scheme.base,
              revision: scheme.revision,
              before: from,
              after: to,
            });
          }
        }
      }
    }
  },
});
