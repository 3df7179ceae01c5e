import type { SchemaRule } from '../src/lint/rule.js';
import httpMethodSemantics from './functions/http-method-semantics.js';
import jsonResponseHasSchema from './functions/json-response-has-schema.js';
import listCursorPagination from './functions/list-cursor-pagination.js';
import pathsVersioned from './functions/paths-versioned.js';
import propertyCasing from './functions/property-casing.js';
import responseDataEnvelope from './functions/response-data-envelope.js';
import statusCodeClasses from './functions/status-code-classes.js';

/** Every schema rule, in the order the README lists them. */
export const schemaRules: readonly SchemaRule[] = [
  pathsVersioned,
  propertyCasing,
  responseDataEnvelope,
  listCursorPagination,
  httpMethodSemantics,
  jsonResponseHasSchema,
  statusCodeClasses,
];

export function findRule(id: string): SchemaRule | undefined {
  return schemaRules.find((rule) => rule.id === id);
}
