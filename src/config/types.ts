import type { CasingStyle } from '../conventions/words.js';
import type { Level, LevelSetting } from '../levels.js';

/**
 * The configuration file's shape (`apigov.config.yaml`). Keys are snake_case in
 * the file and here alike, so the same object configures `apigov lint`, the
 * Spectral ruleset factory, the ESLint plugin and the diff engine.
 */
export interface ConventionsConfig {
  /** The top-level key that wraps every JSON response body. */
  envelope_key: string;
  /** A regular expression for a version segment; group 1 is the number. */
  version_pattern: string;
  casing: {
    path_segments: CasingStyle;
    path_params: CasingStyle;
    query_params: CasingStyle;
    properties: CasingStyle;
  };
  pagination: {
    cursor_param: string;
    limit_param: string;
    next_cursor_property: string;
    /** Offset/page style parameters that cursor pagination replaces. */
    offset_params: string[];
  };
  identifiers: {
    /** Accepted names for the parameter after a collection; `{singular}` is the collection's singular. */
    templates: string[];
    /** JSON Schema types an identifier parameter may have. */
    types: string[];
  };
  /** Resources that exist once, so are not pluralized (`/user` = the current user). */
  singletons: string[];
  uncountables: string[];
  extra_verbs: string[];
  extra_nouns: string[];
  /** Extra wire-format segments (`/datasets/{id}/csv`), besides the built-in ones. */
  representations: string[];
  /** Status codes a creating POST may answer with. */
  create_status_codes: number[];
  /** Status codes a DELETE may answer with. */
  delete_status_codes: number[];
}

export interface Exemption {
  /** Why this exception exists; required so exceptions stay reviewable. */
  reason: string;
  /** Rule ids this applies to; every rule when omitted. */
  rules?: string[];
  /** Path template globs (`/auth/**`, `/healthz`). */
  paths?: string[];
  /** Media type globs (`text/csv`, `application/x-ndjson`). */
  media_types?: string[];
  /** Component schema name globs (`Otlp*`): wire formats that are not ours to rename. */
  schemas?: string[];
}

export interface LintConfig {
  /** Add Spectral's stock `spectral:oas` rules to `apigov lint`. */
  spectral_oas: boolean;
  /** Fetch `$ref`s that point at http(s) URLs. Off: they are reported, not fetched. */
  allow_remote_refs: boolean;
  /**
   * Which new schema findings fail `apigov check`: anywhere (`always`), or only
   * on operations the change adds (`added`) or adds or changes (`added-or-changed`).
   */
  mode: LintMode;
}

export type LintMode = 'added' | 'added-or-changed' | 'always';

export interface CheckConfig {
  /** The git revision to compare with when `--base` is not given. */
  base: string | undefined;
  /** Accepted existing findings, relative to the project root. */
  baseline_file: string;
  /** New lint findings at least this severe fail the gate. */
  fail_severity: Level;
}

export interface DriftConfig {
  /** Regenerates the schema: program and arguments, run without a shell. */
  command: string[] | undefined;
  /** The committed document to compare; defaults to the first of `schemas`. */
  schema: string | undefined;
  /** Where the command writes the document: a file, or `-` for standard output; defaults to `schema`. */
  output: string | undefined;
  timeout_seconds: number;
  /** Globs of the code the schema is generated from (git-based drift warning). */
  sources: string[];
}

export interface CoChangeRule {
  /** Globs: when a changed file matches one of these... */
  when: string[];
  /** ...each of these (files or globs) must change in the same change. */
  require: string[];
  reason?: string;
}

export interface DiffConfig {
  /** Level overrides per diff check id; `none` or `off` turns a check off. */
  checks: Record<string, LevelSetting | 'none'>;
  /** The extension holding the date after which a deprecated item may be removed. */
  sunset_extension: string;
  /** The extension holding an operation's stability level (`alpha`, `beta`, `stable`). */
  stability_extension: string;
  /** The file listing accepted breaking changes by fingerprint, relative to the project root. */
  accepted_file: string;
}

export interface EslintConfig {
  /** Glob of the directories whose router modules must be registered (`router-registered`). */
  routers_dir: string;
  /** The module, relative to each routers directory, that must import every router in it. */
  routers_index: string;
  /** Express major version; when unset, the nearest package.json's `express` dependency decides. */
  express_version?: 4 | 5;
}

export interface ApigovConfig {
  /** The OpenAPI documents of the project, relative to the config file. */
  schemas: string[];
  conventions: ConventionsConfig;
  exemptions: Exemption[];
  /** Per-rule level overrides for the schema rules and the ESLint rules. */
  rules: Record<string, LevelSetting>;
  lint: LintConfig;
  /** Globs of the route code the ESLint plugin checks, relative to the config file. */
  routes: string[];
  check: CheckConfig;
  drift: DriftConfig;
  co_change: CoChangeRule[];
  diff: DiffConfig;
  eslint: EslintConfig;
}

/** What a user writes: every key optional, deep. */
export type ApigovConfigInput = {
  schemas?: string[];
  conventions?: Partial<Omit<ConventionsConfig, 'casing' | 'pagination' | 'identifiers'>> & {
    casing?: Partial<ConventionsConfig['casing']>;
    pagination?: Partial<ConventionsConfig['pagination']>;
    identifiers?: Partial<ConventionsConfig['identifiers']>;
  };
  exemptions?: Exemption[];
  rules?: Record<string, LevelSetting>;
  lint?: Partial<LintConfig>;
  routes?: string[];
  check?: Partial<CheckConfig>;
  drift?: Partial<DriftConfig>;
  co_change?: CoChangeRule[];
  diff?: Partial<DiffConfig>;
  eslint?: Partial<EslintConfig>;
};
