export { loadConfig, parseConfig, findConfigFile } from './config/load.js';
export { resolveConfig, DEFAULT_CONFIG, DEFAULT_CONVENTIONS } from './config/defaults.js';
export type { ApigovConfig, ApigovConfigInput, ConventionsConfig, Exemption } from './config/types.js';
export * as conventions from './conventions/index.js';
export type { Finding, JsonPath, OperationRef, Range } from './findings.js';
export type { Level, LevelSetting } from './levels.js';
export { lintFile, lintFiles } from './lint/lint-files.js';
export { formatFindings, FORMAT_NAMES } from './formatters/index.js';
export { InputError, UsageError } from './errors.js';
