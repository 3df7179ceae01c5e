import type { SchemaRule } from '../src/lint/rule.js';
import httpMethodSemantics from './functions/http-method-semantics.js';
import idParamsAreStrings from './functions/id-params-are-strings.js';
import jsonResponseHasSchema from './functions/json-response-has-schema.js';
import listCursorPagination from './functions/list-cursor-pagination.js';
import pathNoVerbs from './functions/path-no-verbs.js';
import pathParamCasing from './functions/path-param-casing.js';
import pathParamConsistent from './functions/path-param-consistent.js';
import pathSegmentCasing from './functions/path-segment-casing.js';
import pathSegmentsPlural from './functions/path-segments-plural.js';
import pathsVersioned from './functions/paths-versioned.js';
import propertyCasing from './functions/property-casing.js';
import queryParamCasing from './functions/query-param-casing.js';
import responseDataEnvelope from './functions/response-data-envelope.js';
import statusCodeClasses from './functions/status-code-classes.js';

/** Every schema rule, in the order the README lists them. */
export const schemaRules: readonly SchemaRule[] = [
  pathsVersioned,
  pathSegmentsPlural,
  pathNoVerbs,
  pathSegmentCasing,
  pathParamCasing,
  pathParamConsistent,
  idParamsAreStrings,
  queryParamCasing,
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
