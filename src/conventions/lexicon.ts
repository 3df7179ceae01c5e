/**
 * The curated word lists behind plural and verb detection. pluralize knows
 * English number; it does not know which words are actions in a URL, nor the
 * API vocabulary it gets wrong (`canvas`, `sms`). Each list is extended, never
 * replaced, by the configuration.
 */

/**
 * Actions that read as commands when they stand alone in a path
 * (`/datasets/upload`, `/sessions/delete`). Their plural forms are nouns
 * (`/uploads`, `/exports`, `/runs` are collections) and are not listed here.
 */
export const ACTION_VERBS: readonly string[] = [
  'activate', 'add', 'apply', 'approve', 'archive', 'assign', 'attach', 'authenticate',
  'authorize', 'calculate', 'cancel', 'chat', 'check', 'clear', 'clone', 'close',
  'compact', 'compute', 'confirm', 'convert', 'copy', 'count', 'create', 'deactivate',
  'delete', 'deploy', 'detach', 'disable', 'download', 'duplicate', 'edit', 'enable',
  'evaluate', 'execute', 'exchange', 'export', 'fetch', 'find', 'finish', 'generate',
  'get', 'grant', 'import', 'insert', 'invite', 'invoke', 'join', 'leave', 'link',
  'list', 'load', 'lock', 'login', 'logout', 'make', 'merge', 'modify', 'move', 'notify',
  'open', 'pause', 'ping', 'post', 'process', 'publish', 'purge', 'put', 'read',
  'recalculate', 'refresh', 'register', 'reject', 'reload', 'remove', 'rename', 'render',
  'replace', 'reset', 'resend', 'restart', 'restore', 'resume', 'retrieve', 'retry',
  'revoke', 'rotate', 'run', 'save', 'send', 'set', 'share', 'signin', 'signout',
  'signup', 'start', 'stop', 'submit', 'subscribe', 'suspend', 'sync', 'terminate',
  'toggle', 'transfer', 'trigger', 'truncate', 'unarchive', 'unlink', 'unlock',
  'unpublish', 'unsubscribe', 'update', 'upload', 'upsert', 'validate', 'verify', 'write',
];

/**
 * Words that look like verbs, or look singular, but are nouns in an API path.
 * Each is a decision, and tests/conventions pin every one:
 * - `status`, `health`, `metadata`, `data`, `news`, `series`, `analytics`,
 *   `settings`, `feedback`, `info`, `information`, `media`: nouns (mass nouns or
 *   already plural in form); never actions.
 * - `trace` is the observability noun (`/traces`), not "to trace".
 * - `search` stays out of the verb list: `/search` is the conventional name of a
 *   query resource in REST APIs, and flagging it would be crying wolf.
 * Deliberately absent, so they stay verbs in the singular: `process` and
 * `export` (`/jobs/{id}/process` is an action; `/processes` and `/exports`,
 * their plurals, are collections).
 */
export const NOUN_LOOKALIKES: readonly string[] = [
  'status', 'health', 'metadata', 'data', 'news', 'series', 'analytics', 'settings',
  'feedback', 'info', 'information', 'media', 'trace', 'search',
];

/**
 * Mass nouns that are correct without a plural `s` (`/metadata`, `/feedback`),
 * and `search`, the conventional name of a query resource (`/v1/search`).
 */
export const UNCOUNTABLE_NOUNS: readonly string[] = [
  'analytics', 'audio', 'content', 'data', 'equipment', 'feedback', 'firmware',
  'hardware', 'health', 'info', 'information', 'media', 'metadata', 'news', 'research',
  'search', 'series', 'software', 'species', 'staff', 'traffic', 'usage',
];

/** Words pluralize misreads as plural; in an API they are singular nouns. */
export const FALSE_PLURALS: readonly string[] = ['canvas', 'sms', 'status', 'bonus', 'campus', 'gas', 'alias', 'bus', 'virus'];

/**
 * Representation segments select a wire format of the resource before them
 * (`/datasets/{id}/csv`, `/spans/otlpv1`). They are not collections, so they
 * are not pluralized; a digit or `v<N>` suffix names a format version.
 */
export const REPRESENTATION_FORMATS: readonly string[] = [
  'csv', 'html', 'json', 'jsonl', 'ndjson', 'otlp', 'parquet', 'pdf', 'protobuf', 'tsv',
  'txt', 'xml', 'yaml', 'zip',
];

/**
 * Actions that read without changing anything, although the method table
 * maps them to no GET (`/reports/export`, a "Check health" summary): a GET
 * that says one of these is still safe.
 */
export const READ_ONLY_ACTIONS: readonly string[] = [
  'calculate', 'check', 'compute', 'convert', 'count', 'download', 'evaluate', 'export', 'fetch',
  'find', 'get', 'list', 'load', 'ping', 'read', 'render', 'retrieve', 'validate', 'verify',
];
