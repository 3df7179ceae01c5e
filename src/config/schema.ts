import { CASING_STYLES } from '../conventions/words.js';
/**
 * The JSON Schema of `apigov.config.yaml`. Every section is strict
 * (`additionalProperties: false`) so a typo is a located error, not a setting
 * silently ignored.
 */
const stringList = { type: 'array', items: { type: 'string', minLength: 1 } } as const;
const casingStyle = { enum: CASING_STYLES } as const;
const statusList = { type: 'array', items: { type: 'integer', minimum: 100, maximum: 599 }, minItems: 1 } as const;
export const levelSettingSchema = { enum: ['error', 'warning', 'info', 'hint', 'off'] } as const;

export const conventionsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    envelope_key: { type: 'string', minLength: 1 },
    version_pattern: { type: 'string', minLength: 1 },
    casing: {
      type: 'object',
      additionalProperties: false,
      properties: {
        path_segments: casingStyle,
        path_params: casingStyle,
        query_params: casingStyle,
        properties: casingStyle,
      },
    },
    pagination: {
      type: 'object',
      additionalProperties: false,
      properties: {
        cursor_param: { type: 'string', minLength: 1 },
        limit_param: { type: 'string', minLength: 1 },
        next_cursor_property: { type: 'string', minLength: 1 },
        offset_params: stringList,
      },
    },
    identifiers: {
      type: 'object',
      additionalProperties: false,
      properties: {
        templates: { ...stringList, minItems: 1 },
        types: { type: 'array', items: { enum: ['string', 'integer', 'number'] }, minItems: 1 },
      },
    },
    singletons: stringList,
    uncountables: stringList,
    extra_verbs: stringList,
    extra_nouns: stringList,
    representations: stringList,
    create_status_codes: statusList,
    delete_status_codes: statusList,
  },
} as const;

export const exemptionSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['reason'],
  properties: {
    reason: { type: 'string', minLength: 3 },
    rules: stringList,
    paths: stringList,
    media_types: stringList,
    schemas: stringList,
  },
  // Each branch repeats its property so the schema also passes Ajv's strict mode, which Spectral uses.
  anyOf: [
    { required: ['paths'], properties: { paths: stringList } },
    { required: ['media_types'], properties: { media_types: stringList } },
    { required: ['schemas'], properties: { schemas: stringList } },
  ],
} as const;

export const lintSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    spectral_oas: { type: 'boolean' },
    allow_remote_refs: { type: 'boolean' },
    mode: { enum: ['added', 'added-or-changed', 'always'] },
  },
} as const;

export const checkSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    base: { type: 'string', minLength: 1 },
    baseline_file: { type: 'string', minLength: 1 },
    fail_severity: { enum: ['error', 'warning', 'info', 'hint'] },
  },
} as const;

export const driftSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    command: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
    schema: { type: 'string', minLength: 1 },
    output: { type: 'string', minLength: 1 },
    timeout_seconds: { type: 'number', exclusiveMinimum: 0 },
    sources: stringList,
  },
} as const;

export const coChangeSchema = {
  type: 'array',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['when', 'require'],
    properties: {
      when: { ...stringList, minItems: 1 },
      require: { ...stringList, minItems: 1 },
      reason: { type: 'string', minLength: 1 },
    },
  },
} as const;

export const diffSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    checks: { type: 'object', additionalProperties: { enum: ['error', 'warning', 'info', 'hint', 'off', 'none'] } },
    sunset_extension: { type: 'string', pattern: '^x-' },
    stability_extension: { type: 'string', pattern: '^x-' },
    accepted_file: { type: 'string', minLength: 1 },
  },
} as const;

export const eslintSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    routers_dir: { type: 'string', minLength: 1 },
    routers_index: { type: 'string', minLength: 1 },
    express_version: { enum: [4, 5] },
  },
} as const;

export const configSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'apigov configuration',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    schemas: stringList,
    conventions: conventionsSchema,
    exemptions: { type: 'array', items: exemptionSchema },
    rules: { type: 'object', additionalProperties: levelSettingSchema },
    lint: lintSchema,
    routes: stringList,
    check: checkSchema,
    drift: driftSchema,
    co_change: coChangeSchema,
    diff: diffSchema,
    eslint: eslintSchema,
  },
} as const;
