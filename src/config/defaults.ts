import { DEFAULT_VERSION_PATTERN } from '../conventions/paths.js';
import type { ApigovConfig, ApigovConfigInput, CheckConfig, ConventionsConfig, DiffConfig, DriftConfig } from './types.js';

export const DEFAULT_CONVENTIONS: ConventionsConfig = {
  envelope_key: 'data',
  version_pattern: DEFAULT_VERSION_PATTERN,
  casing: {
    path_segments: 'snake_case',
    path_params: 'snake_case',
    query_params: 'snake_case',
    properties: 'snake_case',
  },
  pagination: {
    cursor_param: 'cursor',
    limit_param: 'limit',
    next_cursor_property: 'next_cursor',
    offset_params: ['offset', 'page', 'page_size', 'skip', 'per_page', 'page_number', 'start'],
  },
  identifiers: {
    templates: ['{singular}_id'],
    types: ['string'],
  },
  // `latest`/`current` name one item of the collection before them (/prompts/{id}/latest).
  singletons: ['me', 'status', 'health', 'latest', 'current'],
  uncountables: [],
  extra_verbs: [],
  extra_nouns: [],
  representations: [],
  create_status_codes: [201],
  delete_status_codes: [204, 200],
};

export const DEFAULT_CHECK: CheckConfig = {
  base: undefined,
  baseline_file: 'apigov-baseline.json',
  fail_severity: 'error',
};

export const DEFAULT_DRIFT: DriftConfig = {
  command: undefined,
  schema: undefined,
  output: undefined,
  timeout_seconds: 300,
  sources: [],
};

export const DEFAULT_DIFF: DiffConfig = {
  checks: {},
  sunset_extension: 'x-sunset',
  stability_extension: 'x-stability-level',
  accepted_file: 'apigov-accepted.yaml',
};

export const DEFAULT_CONFIG: ApigovConfig = {
  schemas: [],
  conventions: DEFAULT_CONVENTIONS,
  exemptions: [],
  rules: {},
  lint: { spectral_oas: false, allow_remote_refs: false, mode: 'always' },
  routes: [],
  check: DEFAULT_CHECK,
  drift: DEFAULT_DRIFT,
  co_change: [],
  diff: DEFAULT_DIFF,
  eslint: { routers_dir: '**/routers/v*/', routers_index: 'index' },
};

/** Fills every key the user left out; lists are taken as written, not merged. */
export function resolveConfig(input: ApigovConfigInput = {}): ApigovConfig {
  const conventions = input.conventions ?? {};
  return {
    schemas: input.schemas ?? [],
    conventions: {
      ...DEFAULT_CONVENTIONS,
      ...conventions,
      casing: { ...DEFAULT_CONVENTIONS.casing, ...conventions.casing },
      pagination: { ...DEFAULT_CONVENTIONS.pagination, ...conventions.pagination },
      identifiers: { ...DEFAULT_CONVENTIONS.identifiers, ...conventions.identifiers },
    },
    exemptions: input.exemptions ?? [],
    rules: input.rules ?? {},
    lint: { ...DEFAULT_CONFIG.lint, ...input.lint },
    routes: input.routes ?? [],
    check: { ...DEFAULT_CHECK, ...input.check },
    drift: { ...DEFAULT_DRIFT, ...input.drift },
    co_change: input.co_change ?? [],
    diff: { ...DEFAULT_DIFF, ...input.diff, checks: { ...input.diff?.checks } },
    eslint: { ...DEFAULT_CONFIG.eslint, ...input.eslint },
  };
}
