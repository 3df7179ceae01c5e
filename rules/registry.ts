import type { SchemaRule } from '../src/lint/rule.js';
import idParamsAreStrings from './functions/id-params-are-strings.js';
import pathNoVerbs from './functions/path-no-verbs.js';
import pathParamCasing from './functions/path-param-casing.js';
import pathParamConsistent from './functions/path-param-consistent.js';
import pathSegmentCasing from './functions/path-segment-casing.js';
import pathSegmentsPlural from './functions/path-segments-plural.js';
import pathsVersioned from './functions/paths-versioned.js';
import queryParamCasing from './functions/query-param-casing.js';

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
];

export function findRule(id: string): SchemaRule | undefined {
  return schemaRules.find((rule) => rule.id === id);
}
