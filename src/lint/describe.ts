import type { OperationRef } from '../findings.js';

export function formatOperation(operation: OperationRef): string {
  return `${operation.method.toUpperCase()} ${operation.path}`;
}

/** "used by GET /a, POST /b and 3 more", or "not used by any operation". */
export function describeUsers(operations: readonly OperationRef[], shown = 3): string {
  if (operations.length === 0) return 'not used by any operation';
  const unique = [...new Map(operations.map((operation) => [formatOperation(operation), operation])).keys()].sort();
  const head = unique.slice(0, shown).join(', ');
  const rest = unique.length - shown;
  return rest > 0 ? `used by ${head} and ${rest} more` : `used by ${head}`;
}

export function quote(text: string): string {
  return `"${text}"`;
}
