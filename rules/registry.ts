import type { SchemaRule } from '../src/lint/rule.js';
import jsonResponseHasSchema from './functions/json-response-has-schema.js';
import pathsVersioned from './functions/paths-versioned.js';

/** Every schema rule, in the order the README lists them. */
export const schemaRules: readonly SchemaRule[] = [
  pathsVersioned,
  jsonResponseHasSchema,
];

export function findRule(id: string): SchemaRule | undefined {
  return schemaRules.find((rule) => rule.id === id);
}
