import type { CheckDefinition } from './types.js';

const LEVEL_MEANING = {
  error: 'breaks existing clients',
  warning: 'may break clients; the schema alone cannot tell',
  info: 'safe; reported so the changelog is complete',
  hint: 'a hint',
} as const;

/** `docs/checks/<id>.md`, generated from the check itself so the two cannot drift apart. */
export function checkDoc(check: CheckDefinition): string {
  return [
    `# ${check.id}`,
    '',
    check.description,
    '',
    `- Level: \`${check.level}\` (${LEVEL_MEANING[check.level]})`,
    `- Direction: ${check.direction}; object: ${check.object}`,
    `- Message: ${check.message.replace(/\{\{(\w+)\}\}/g, '`<$1>`')}`,
    '',
    '## How to fix',
    '',
    check.mitigation,
    '',
    'Breaking changes under `/vN/` need `/v(N+1)/`: add the new shape there and leave `/vN/` as it was. ' +
      'Deprecating first (`deprecated: true` and an `x-sunset` date) makes a later removal safe once the date has passed. ' +
      'A change you accept anyway goes into `apigov-accepted.yaml` with its fingerprint and a reason.',
    '',
    `Turn the check off or change its level in \`apigov.config.yaml\`: \`diff: { checks: { ${check.id}: none } }\`.`,
    '',
    '## Example',
    '',
    `[base](../../fixtures/diff/${check.id}/base.yaml) → [revision](../../fixtures/diff/${check.id}/revision.yaml)`,
    '',
  ].join('\n');
}
