import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorObject } from 'ajv';
import type { Document, LineCounter } from 'yaml';
import { loadYaml } from '../load/source.js';
import { InputError } from '../errors.js';
import { resolveConfig } from './defaults.js';
import { validate as compiledValidator } from './config-validator.generated.js';
import { closest, distance } from 'fastest-levenshtein';
import knownIds from './known-ids.json' with { type: 'json' };
import type { ApigovConfig, ApigovConfigInput } from './types.js';

export const CONFIG_FILE_NAMES = ['apigov.config.yaml', 'apigov.config.yml', 'apigov.config.json'];

export function findConfigFile(directory: string): string | undefined {
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = join(directory, name);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

export interface LoadedConfig {
  config: ApigovConfig;
  /** The file it came from; undefined when the defaults are in force. */
  file: string | undefined;
}

/** Loads `file`, or the project's config file, or the defaults. */
export function loadConfig(file: string | undefined, projectRoot: string): LoadedConfig {
  const path = file ?? findConfigFile(projectRoot);
  if (path === undefined) return { config: resolveConfig(), file: undefined };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new InputError('configuration file not found or not readable', { file: path });
  }
  return { config: parseConfig(text, path), file: path };
}

/** Parses and validates configuration text; errors name the line and column. */
export function parseConfig(text: string, file: string): ApigovConfig {
  const { LineCounter: Counter, parseDocument } = loadYaml();
  const lineCounter = new Counter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const [syntaxError] = document.errors;
  if (syntaxError !== undefined) {
    const position = lineCounter.linePos(syntaxError.pos[0]);
    throw new InputError(`invalid configuration: ${firstLine(syntaxError.message)}`, {
      file,
      line: position.line,
      column: position.col,
    });
  }
  const input: unknown = document.toJS() ?? {};
  validateConfig(input, document, lineCounter, file);
  validateIds(input as ApigovConfigInput, document, lineCounter, file);
  return resolveConfig(input as ApigovConfigInput);
}

const KNOWN_RULES = new Set(knownIds.rules);
const KNOWN_CHECKS = new Set(knownIds.checks);

/**
 * Rule and check ids must exist: a misspelt id would otherwise be a setting
 * that silently does nothing (`src/config/known-ids.json`, generated from the
 * registries, lists them).
 */
function validateIds(input: ApigovConfigInput, document: Document, lineCounter: LineCounter, file: string): void {
  const unknown = (id: string, known: Set<string>, what: string, keys: string[], atKey: boolean): void => {
    if (known.has(id)) return;
    const suggestion = nearestId(id, known);
    const hint = suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`;
    const node = atKey ? keyNode(document, keys) : nodeAt(document, keys);
    const position = lineCounter.linePos(node?.range?.[0] ?? 0);
    throw new InputError(`invalid configuration: ${what} "${id}" is not an apigov ${what === 'check' ? 'diff check' : 'rule'}${hint}`, {
      file,
      line: position.line,
      column: position.col,
    });
  };
  for (const id of Object.keys(input.rules ?? {})) unknown(id, KNOWN_RULES, 'rule', ['rules', id], true);
  (input.exemptions ?? []).forEach((exemption, index) => {
    (exemption.rules ?? []).forEach((id, position) => unknown(id, KNOWN_RULES, 'rule', ['exemptions', String(index), 'rules', String(position)], false));
  });
  for (const id of Object.keys(input.diff?.checks ?? {})) unknown(id, KNOWN_CHECKS, 'check', ['diff', 'checks', id], true);
}

/** The key of the last entry of `keys`, for a mistake in a map key. */
function keyNode(document: Document, keys: string[]): { range?: [number, number, number] | null } | undefined {
  const { isMap, isNode } = loadYaml();
  const parent = document.getIn(keys.slice(0, -1), true);
  if (isMap(parent)) {
    const pair = parent.items.find((item) => isNode(item.key) && String((item.key as { value?: unknown }).value) === keys[keys.length - 1]);
    if (pair !== undefined && isNode(pair.key)) return pair.key;
  }
  return nodeAt(document, keys);
}

/** The known id nearest to a misspelt one, when it is near enough to be the one meant. */
function nearestId(id: string, known: Set<string>): string | undefined {
  const candidate = closest(id, [...known]);
  return distance(id, candidate) <= Math.max(2, Math.floor(id.length / 4)) ? candidate : undefined;
}

/** Ajv's standalone code for `schema.ts`, generated at build time: compiling the schema on every run cost ~0.2 s. */
function validateConfig(input: unknown, document: Document, lineCounter: LineCounter, file: string): void {
  if (!compiledValidator(input)) {
    const error = mostSpecificError(compiledValidator.errors ?? []);
    throw locatedConfigError(describeAjvError(error), error?.instancePath ?? '', document, lineCounter, file);
  }
  const pattern = (input as ApigovConfigInput).conventions?.version_pattern;
  if (pattern !== undefined) {
    try {
      new RegExp(pattern);
    } catch (reason) {
      throw locatedConfigError(
        `conventions.version_pattern is not a valid regular expression (${(reason as Error).message})`,
        '/conventions/version_pattern',
        document,
        lineCounter,
        file,
      );
    }
  }
}

/** anyOf/enum failures produce a cascade of errors; the deepest one is the useful one. */
function mostSpecificError(errors: ErrorObject[]): ErrorObject | undefined {
  // Errors from inside an anyOf branch only explain why that branch failed; the anyOf error says it better.
  const outsideBranches = errors.filter((error) => !error.schemaPath.includes('/anyOf/'));
  const candidates = outsideBranches.length > 0 ? outsideBranches : errors;
  return [...candidates].sort((a, b) => depth(b.instancePath) - depth(a.instancePath))[0];
}

function depth(pointer: string): number {
  return pointer === '' ? 0 : pointer.split('/').length;
}

function describeAjvError(error: ErrorObject | undefined): string {
  if (error === undefined) return 'invalid configuration';
  const where = error.instancePath === '' ? 'the configuration' : error.instancePath.slice(1).replaceAll('/', '.');
  switch (error.keyword) {
    case 'additionalProperties':
      return `${where} has an unknown key "${String(error.params['additionalProperty'])}"`;
    case 'enum':
      return `${where} must be one of ${(error.params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'required':
      return `${where} is missing "${String(error.params['missingProperty'])}"`;
    case 'anyOf':
      return `${where} must name at least one of paths, media_types or schemas`;
    default:
      return `${where} ${error.message ?? 'is invalid'}`;
  }
}

function locatedConfigError(
  message: string,
  instancePath: string,
  document: Document,
  lineCounter: LineCounter,
  file: string,
): InputError {
  const keys = instancePath === '' ? [] : instancePath.slice(1).split('/').map(unescapePointer);
  const node = nodeAt(document, keys);
  const offset = node?.range?.[0] ?? 0;
  const position = lineCounter.linePos(offset);
  return new InputError(`invalid configuration: ${message}`, { file, line: position.line, column: position.col });
}

/** The deepest node that exists on the way to `keys`, so a missing key points at its parent. */
function nodeAt(document: Document, keys: string[]): { range?: [number, number, number] | null } | undefined {
  const { isMap, isNode } = loadYaml();
  for (let length = keys.length; length >= 0; length -= 1) {
    const path = keys.slice(0, length).map((key) => (/^\d+$/.test(key) ? Number(key) : key));
    const node = length === 0 ? document.contents : document.getIn(path, true);
    if (isNode(node)) {
      if (length < keys.length && isMap(node)) {
        const pair = node.items.find((item) => isNode(item.key) && String((item.key as { value?: unknown }).value) === keys[length]);
        if (pair !== undefined && isNode(pair.key)) return pair.key;
      }
      return node;
    }
  }
  return undefined;
}

function unescapePointer(token: string): string {
  return token.replaceAll('~1', '/').replaceAll('~0', '~');
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
