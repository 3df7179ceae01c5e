import type { TSESLint } from '@typescript-eslint/utils';
import { toEslintSeverity } from '../src/levels.js';
import asyncHandler from './rules/async-handler.js';
import cursorPagination from './rules/cursor-pagination.js';
import httpMethodSemantics from './rules/http-method-semantics.js';
import pathNoVerbs from './rules/path-no-verbs.js';
import pathParamCasing from './rules/path-param-casing.js';
import pathSegmentCasing from './rules/path-segment-casing.js';
import pathSegmentsPlural from './rules/path-segments-plural.js';
import pathsVersioned from './rules/paths-versioned.js';
import queryParamCasing from './rules/query-param-casing.js';
import responseDataEnvelope from './rules/response-data-envelope.js';
import responseKeyCasing from './rules/response-key-casing.js';
import routerRegistered from './rules/router-registered.js';
import statusCodeClasses from './rules/status-code-classes.js';
import type { ApigovRuleDocs } from './util/create-rule.js';

export const PLUGIN_NAME = 'apigov';

type ApigovRule = TSESLint.RuleModule<string, readonly unknown[], ApigovRuleDocs>;

/** Every rule, keyed by the id it shares with the Spectral ruleset where the convention is the same. */
export const rules: Record<string, ApigovRule> = {
  'path-segments-plural': pathSegmentsPlural,
  'path-no-verbs': pathNoVerbs,
  'path-segment-casing': pathSegmentCasing,
  'path-param-casing': pathParamCasing,
  'paths-versioned': pathsVersioned,
  'query-param-casing': queryParamCasing,
  'response-data-envelope': responseDataEnvelope,
  'response-key-casing': responseKeyCasing,
  'cursor-pagination': cursorPagination,
  'http-method-semantics': httpMethodSemantics,
  'status-code-classes': statusCodeClasses,
  'async-handler': asyncHandler,
  'router-registered': routerRegistered,
};

const recommendedRules: Record<string, TSESLint.Linter.RuleLevel> = {};
for (const [name, rule] of Object.entries(rules)) {
  const docs = rule.meta.docs;
  if (docs?.recommended === true) recommendedRules[`${PLUGIN_NAME}/${name}`] = toEslintSeverity(docs.level);
}

const plugin = {
  meta: { name: 'apigov/eslint-plugin', version: '0.1.0' },
  rules,
  configs: {} as Record<string, TSESLint.FlatConfig.Config>,
};

/** `configs.recommended`: the plugin and every recommended rule at its level. */
plugin.configs['recommended'] = {
  name: 'apigov/recommended',
  plugins: { [PLUGIN_NAME]: plugin as unknown as TSESLint.FlatConfig.Plugin },
  rules: recommendedRules,
};

export const configs = plugin.configs;
export default plugin;
