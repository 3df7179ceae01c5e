import type { SecuritySchemeDiff } from '../diff/model.js';
import { defineCheck } from './types.js';
import { existingOperation } from './walk.js';

/** `type apiKey → oauth2; in header → query`: what a client has to do differently to authenticate. */
function describe(scheme: SecuritySchemeDiff): string | undefined {
  const parts: string[] = [];
  const shown = (value: string | undefined): string => value ?? '(none)';
  if (scheme.type !== undefined) parts.push(`type ${shown(scheme.type.from)} → ${shown(scheme.type.to)}`);
  if (scheme.scheme !== undefined) parts.push(`scheme ${shown(scheme.scheme.from)} → ${shown(scheme.scheme.to)}`);
  if (scheme.in !== undefined) parts.push(`in ${shown(scheme.in.from)} → ${shown(scheme.in.to)}`);
  if (scheme.parameterName !== undefined) parts.push(`name ${shown(scheme.parameterName.from)} → ${shown(scheme.parameterName.to)}`);
  for (const flow of scheme.flowsRemoved ?? []) parts.push(`flow ${flow} removed`);
  return parts.length === 0 ? undefined : parts.join('; ');
}

export default defineCheck({
  id: 'api-security-scheme-changed',
  direction: 'api',
  object: 'security',
  level: 'error',
  message: 'the security scheme {{scheme}} that {{method}} {{path}} requires changed: {{change}}',
  description: 'A security scheme in use changed how clients authenticate (its type, HTTP scheme, where the API key goes or under which name, or a removed OAuth flow): existing clients send credentials the API no longer accepts.',
  mitigation: 'Add the new way as a second scheme that operations accept beside the old one, or change it under the next API version.',
  walk(diff, emit) {
    for (const scheme of diff.securitySchemes?.modified ?? []) {
      const change = describe(scheme);
      if (change === undefined) continue;
      for (const operation of scheme.usedBy) {
        emit({ operation: existingOperation(operation), args: { method: operation.method, path: operation.path, scheme: scheme.name, change }, base: scheme.base, revision: scheme.revision, after: change });
      }
    }
  },
});
