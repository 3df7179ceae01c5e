import type { JsonPath, OperationRef } from '../findings.js';
import { SourceDocument } from '../load/document.js';
import { LocalResolver, type OpenApiVersion, type SpecResolver } from '../load/resolver.js';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type JsonObject = Record<string, unknown>;

/** A value and where it is written, so findings point at definitions, not uses. */
export interface Located<T = unknown> {
  value: T;
  document: SourceDocument;
  path: JsonPath;
}

export interface OperationInfo {
  method: HttpMethod;
  /** The path template as written in the document. */
  path: string;
  operation: Located<JsonObject>;
  pathItem: Located<JsonObject>;
}

export interface ParameterInfo {
  name: string;
  in: string;
  required: boolean;
  parameter: Located<JsonObject>;
  /** The parameter's schema (3.x `schema`, 2.0: the parameter itself). */
  schema: Located | undefined;
}

export interface MediaTypeInfo {
  mediaType: string;
  /** The media type object (3.x) or the response/body parameter (2.0). */
  node: Located<JsonObject>;
  schema: Located | undefined;
}

export interface ResponseInfo {
  status: string;
  response: Located<JsonObject>;
  content: MediaTypeInfo[];
}

export interface RequestBodyInfo {
  required: boolean;
  body: Located<JsonObject>;
  content: MediaTypeInfo[];
}

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function locationKey(located: Pick<Located, 'document' | 'path'>): string {
  return `${located.document.file}#${located.path.join('\u0000')}`;
}

/**
 * Read-only views over an OpenAPI 2.0/3.x document that every rule shares.
 * Each view is computed once per document, on first use.
 */
export class OpenApiModel {
  readonly root: SourceDocument;
  readonly version: OpenApiVersion;
  private operationList: OperationInfo[] | undefined;
  private operationsByPath: Map<string, OperationRef[]> | undefined;
  private usage: Map<string, OperationRef[]> | undefined;

  constructor(readonly spec: SpecResolver) {
    this.root = spec.root;
    this.version = spec.version;
  }

  /** A model over an in-memory document, for the Spectral adapters (no positions, local `$ref`s only). */
  static fromData(data: unknown, version: OpenApiVersion): OpenApiModel {
    const document = new SourceDocument('<document>', '', 'json', data);
    return new OpenApiModel(new LocalResolver(document, version));
  }

  at<T = unknown>(path: JsonPath, document: SourceDocument = this.root): Located<T> {
    let value: unknown = document.data;
    for (const token of path) value = isObject(value) || Array.isArray(value) ? (value as JsonObject)[String(token)] : undefined;
    return { value: value as T, document, path };
  }

  child<T = unknown>(parent: Located, key: string | number): Located<T> {
    const container = parent.value;
    const value = isObject(container) || Array.isArray(container) ? (container as JsonObject)[String(key)] : undefined;
    return { value: value as T, document: parent.document, path: [...parent.path, key] };
  }

  /** Follows `$ref`s until a non-reference (or an unresolvable or cyclic one, returned as is). */
  deref<T = unknown>(node: Located): Located<T> {
    let current = node;
    if (!isObject(current.value) || typeof current.value['$ref'] !== 'string') return current as Located<T>;
    const seen = new Set<unknown>();
    while (isObject(current.value) && typeof current.value['$ref'] === 'string') {
      if (seen.has(current.value)) break;
      seen.add(current.value);
      const resolved = this.spec.resolve(current.value['$ref'], current.document);
      if (resolved === undefined) break;
      current = resolved;
    }
    return current as Located<T>;
  }

  isRef(node: Located): boolean {
    return isObject(node.value) && typeof node.value['$ref'] === 'string';
  }

  operations(): OperationInfo[] {
    if (this.operationList !== undefined) return this.operationList;
    const list: OperationInfo[] = [];
    const paths = this.at<unknown>(['paths']);
    if (isObject(paths.value)) {
      for (const path of Object.keys(paths.value)) {
        const pathItem = this.deref<unknown>(this.child(paths, path));
        if (!isObject(pathItem.value)) continue;
        for (const method of HTTP_METHODS) {
          const operation = this.child<unknown>(pathItem as Located, method);
          if (isObject(operation.value)) {
            list.push({ method, path, operation: operation as Located<JsonObject>, pathItem: pathItem as Located<JsonObject> });
          }
        }
      }
    }
    this.operationList = list;
    return list;
  }

  /** The operations of one path item, as `{ method, path }`. */
  operationsOn(path: string): OperationRef[] {
    if (this.operationsByPath === undefined) {
      const byPath = new Map<string, OperationRef[]>();
      for (const info of this.operations()) {
        const list = byPath.get(info.path) ?? [];
        list.push({ method: info.method, path: info.path });
        byPath.set(info.path, list);
      }
      this.operationsByPath = byPath;
    }
    return this.operationsByPath.get(path) ?? [];
  }

  /** Path-level and operation-level parameters, the operation's overriding by name and location. */
  parameters(info: OperationInfo): ParameterInfo[] {
    const byKey = new Map<string, ParameterInfo>();
    for (const owner of [info.pathItem, info.operation]) {
      const list = this.child<unknown>(owner, 'parameters');
      if (!Array.isArray(list.value)) continue;
      list.value.forEach((_, index) => {
        const parameter = this.deref<unknown>(this.child(list, index));
        if (!isObject(parameter.value)) return;
        const name = parameter.value['name'];
        const location = parameter.value['in'];
        if (typeof name !== 'string' || typeof location !== 'string') return;
        const located = parameter as Located<JsonObject>;
        const schemaNode = this.version === '2.0' ? (location === 'body' ? this.child(located, 'schema') : located) : this.child(located, 'schema');
        byKey.set(`${location}:${name}`, {
          name,
          in: location,
          required: parameter.value['required'] === true,
          parameter: located,
          schema: schemaNode.value === undefined ? undefined : this.deref(schemaNode),
        });
      });
    }
    return [...byKey.values()];
  }

  requestBody(info: OperationInfo): RequestBodyInfo | undefined {
    if (this.version === '2.0') {
      const body = this.parameters(info).find((parameter) => parameter.in === 'body');
      if (body === undefined) return undefined;
      const mediaTypes = this.swaggerMediaTypes(info, 'consumes');
      return {
        required: body.required,
        body: body.parameter,
        content: mediaTypes.map((mediaType) => ({ mediaType, node: body.parameter, schema: body.schema })),
      };
    }
    const bodyNode = this.child<unknown>(info.operation, 'requestBody');
    if (bodyNode.value === undefined) return undefined;
    const body = this.deref<unknown>(bodyNode);
    if (!isObject(body.value)) return undefined;
    const located = body as Located<JsonObject>;
    return { required: body.value['required'] === true, body: located, content: this.contentOf(located) };
  }

  responses(info: OperationInfo): ResponseInfo[] {
    const responses = this.child<unknown>(info.operation, 'responses');
    if (!isObject(responses.value)) return [];
    const list: ResponseInfo[] = [];
    for (const status of Object.keys(responses.value)) {
      if (status.startsWith('x-')) continue;
      const response = this.deref<unknown>(this.child(responses, status));
      if (!isObject(response.value)) continue;
      const located = response as Located<JsonObject>;
      if (this.version === '2.0') {
        const schemaNode = this.child(located, 'schema');
        const schema = schemaNode.value === undefined ? undefined : this.deref(schemaNode);
        const content = schema === undefined ? [] : this.swaggerMediaTypes(info, 'produces').map((mediaType) => ({ mediaType, node: located, schema }));
        list.push({ status, response: located, content });
      } else {
        list.push({ status, response: located, content: this.contentOf(located) });
      }
    }
    return list;
  }

  private contentOf(owner: Located<JsonObject>): MediaTypeInfo[] {
    const content = this.child<unknown>(owner, 'content');
    if (!isObject(content.value)) return [];
    return Object.keys(content.value).flatMap((mediaType) => {
      const node = this.deref<unknown>(this.child(content, mediaType));
      if (!isObject(node.value)) return [];
      const schemaNode = this.child(node, 'schema');
      return [{ mediaType, node: node as Located<JsonObject>, schema: schemaNode.value === undefined ? undefined : this.deref(schemaNode) }];
    });
  }

  private swaggerMediaTypes(info: OperationInfo, key: 'consumes' | 'produces'): string[] {
    const own = info.operation.value[key];
    const global = isObject(this.root.data) ? this.root.data[key] : undefined;
    const list = Array.isArray(own) ? own : Array.isArray(global) ? global : ['application/json'];
    return list.filter((item): item is string => typeof item === 'string');
  }

  /** Component schemas (`#/components/schemas/X`, `#/definitions/X`) by name. */
  componentSchemas(): Array<{ name: string; schema: Located }> {
    const container = this.at<unknown>(this.version === '2.0' ? ['definitions'] : ['components', 'schemas']);
    if (!isObject(container.value)) return [];
    return Object.keys(container.value).map((name) => ({ name, schema: this.child(container, name) }));
  }

  /**
   * Which operations use what is written at `location`, directly or through
   * `$ref`s (for findings on shared schemas). Usage is tracked per unit: a
   * component (`components/schemas/X`, `definitions/X`), an operation, or
   * a top-level entry of another file; each unit's subtree is scanned once.
   */
  operationsUsing(location: Pick<Located, 'document' | 'path'>): OperationRef[] {
    this.usage ??= this.buildUsage();
    return this.usage.get(this.unitOf(location).key) ?? [];
  }

  private unitOf(location: Pick<Located, 'document' | 'path'>): { key: string; document: SourceDocument; path: JsonPath } {
    const { document, path } = location;
    let length = 1;
    if (document === this.root) {
      if (path[0] === 'components') length = 3;
      else if (path[0] === 'definitions') length = 2;
      else if (path[0] === 'paths') length = 3;
    }
    const unitPath = path.slice(0, Math.min(length, path.length));
    return { key: `${document.file}#${unitPath.join('\u0000')}`, document, path: unitPath };
  }

  /** The units the `$ref`s inside `subtree` point at. */
  private referencedUnits(subtree: Located): Array<{ key: string; document: SourceDocument; path: JsonPath }> {
    const units: Array<{ key: string; document: SourceDocument; path: JsonPath }> = [];
    const stack: unknown[] = [subtree.value];
    while (stack.length > 0) {
      const value = stack.pop();
      if (value === null || typeof value !== 'object') continue;
      if (Array.isArray(value)) {
        for (const item of value) stack.push(item);
        continue;
      }
      const record = value as JsonObject;
      const ref = record['$ref'];
      if (typeof ref === 'string') {
        const target = this.spec.resolve(ref, subtree.document);
        if (target !== undefined) units.push(this.unitOf(target));
      }
      for (const key of Object.keys(record)) {
        const child = record[key];
        if (child !== null && typeof child === 'object') stack.push(child);
      }
    }
    return units;
  }

  private buildUsage(): Map<string, OperationRef[]> {
    const edges = new Map<string, Array<{ key: string; document: SourceDocument; path: JsonPath }>>();
    const edgesOf = (unit: { key: string; document: SourceDocument; path: JsonPath }): Array<{ key: string; document: SourceDocument; path: JsonPath }> => {
      let list = edges.get(unit.key);
      if (list === undefined) {
        list = this.referencedUnits(this.at(unit.path, unit.document));
        edges.set(unit.key, list);
      }
      return list;
    };
    const usage = new Map<string, OperationRef[]>();
    for (const info of this.operations()) {
      const ref = { method: info.method, path: info.path };
      const own = this.unitOf(info.operation);
      const reached = new Set<string>([own.key]);
      const queue = [...edgesOf(own), ...this.referencedUnits(this.child(info.pathItem, 'parameters'))];
      while (queue.length > 0) {
        const unit = queue.pop() as { key: string; document: SourceDocument; path: JsonPath };
        if (reached.has(unit.key)) continue;
        reached.add(unit.key);
        queue.push(...edgesOf(unit));
      }
      for (const key of reached) {
        const users = usage.get(key);
        if (users === undefined) usage.set(key, [ref]);
        else users.push(ref);
      }
    }
    return usage;
  }
}

const SCHEMA_LIST_KEYS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;
const SCHEMA_KEYS = ['items', 'additionalProperties', 'not', 'contains', 'unevaluatedProperties', 'unevaluatedItems'] as const;
const SCHEMA_MAP_KEYS = ['properties', 'patternProperties', '$defs', 'definitions'] as const;

/**
 * Visits every schema reachable from `start` once, following `$ref`s to their
 * definitions. `visit` returns false to stop descending below a schema.
 * `seen` holds the schema objects visited (identity, not location: one parsed
 * object is one definition), so a walk allocates no keys.
 */
export function walkSchemas(model: OpenApiModel, start: Located, visit: (schema: Located<JsonObject>) => boolean, seen = new Set<object>()): void {
  const stack: Located[] = [start];
  while (stack.length > 0) {
    const schema = model.deref<unknown>(stack.pop() as Located);
    if (!isObject(schema.value)) continue;
    if (seen.has(schema.value)) continue;
    seen.add(schema.value);
    const located = schema as Located<JsonObject>;
    if (!visit(located)) continue;
    for (const listKey of SCHEMA_LIST_KEYS) {
      const list = schema.value[listKey];
      if (!Array.isArray(list)) continue;
      const container = model.child(located, listKey);
      for (let index = list.length - 1; index >= 0; index -= 1) stack.push(model.child(container, index));
    }
    for (const single of SCHEMA_KEYS) if (isObject(schema.value[single])) stack.push(model.child(located, single));
    if (Array.isArray(schema.value['items'])) {
      const items = model.child(located, 'items');
      (schema.value['items'] as unknown[]).forEach((_, index) => stack.push(model.child(items, index)));
    }
    for (const mapKey of SCHEMA_MAP_KEYS) {
      const map = schema.value[mapKey];
      if (!isObject(map)) continue;
      const container = model.child(located, mapKey);
      for (const name of Object.keys(map).reverse()) stack.push(model.child(container, name));
    }
  }
}
