import { normalizePath, parsePathTemplate } from '../conventions/paths.js';
import type { OperationSummary, ParameterLocation, SecurityAlternative } from './model.js';
import { isObject, type JsonObject, type Node, type SideReader } from './reader.js';

/**
 * One side's operations in a dialect-neutral shape: Swagger 2.0's body
 * parameters, `consumes`/`produces` and header objects are turned into the
 * 3.x request body, content and header shapes here, so the comparisons never
 * look at the OpenAPI version.
 */

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface ParameterView {
  key: string;
  name: string;
  in: ParameterLocation;
  required: boolean;
  node: Node;
  schema: Node | undefined;
}

export interface ContentView {
  mediaType: string;
  node: Node;
  schema: Node | undefined;
}

export interface RequestBodyView {
  node: Node;
  required: boolean;
  content: ContentView[];
}

export interface HeaderView {
  name: string;
  required: boolean;
  node: Node;
  schema: Node | undefined;
}

export interface ResponseView {
  status: string;
  node: Node;
  content: ContentView[];
  headers: HeaderView[];
}

export interface SecurityView {
  node: Node;
  alternatives: SecurityAlternative[];
}

export interface OperationView {
  /** `GET /v1/datasets/{}`: the identity that matches operations across sides. */
  key: string;
  summary: OperationSummary;
  node: Node;
  pathItem: Node;
  pathParameterNames: string[];
}

export interface PathOptions {
  versionPattern?: string;
}

export function operationKey(method: string, template: string): string {
  return `${method.toUpperCase()} ${template}`;
}

export function indexOperations(reader: SideReader, options: PathOptions): Map<string, OperationView> {
  const operations = new Map<string, OperationView>();
  const paths = reader.child(reader.rootNode(), 'paths');
  if (!isObject(paths.value)) return operations;
  for (const path of Object.keys(paths.value)) {
    const pathItem = reader.get(paths, path);
    if (!isObject(pathItem.value)) continue;
    const template = normalizePath(path, options);
    const parsed = parsePathTemplate(path, options);
    for (const method of HTTP_METHODS) {
      const node = reader.get(pathItem, method);
      if (!isObject(node.value)) continue;
      const key = operationKey(method, template);
      // Two spellings of one template (`{id}` and `{dataset_id}`) in one document: the first wins.
      if (operations.has(key)) continue;
      const operationId = node.value['operationId'];
      operations.set(key, {
        key,
        node,
        pathItem,
        pathParameterNames: parsed.params,
        summary: {
          method: method.toUpperCase(),
          path,
          template,
          location: reader.location(node),
          operationId: typeof operationId === 'string' ? operationId : undefined,
          lifecycle: reader.lifecycle(node.value),
        },
      });
    }
  }
  return operations;
}

function parameterKey(name: string, location: ParameterLocation, pathParameterNames: string[]): string {
  if (location === 'path') {
    const index = pathParameterNames.indexOf(name);
    return index === -1 ? `path:${name}` : `path#${index}`;
  }
  if (location === 'header') return `header:${name.toLowerCase()}`;
  return `${location}:${name}`;
}

const LOCATIONS = new Set<string>(['path', 'query', 'header', 'cookie', 'formData']);

/** Path-item parameters, overridden by the operation's own (same name and `in`). */
export function operationParameters(reader: SideReader, operation: OperationView): ParameterView[] {
  const byKey = new Map<string, ParameterView>();
  for (const owner of [operation.pathItem, operation.node]) {
    const list = reader.child(owner, 'parameters');
    if (!Array.isArray(list.value)) continue;
    list.value.forEach((_, index) => {
      const node = reader.get(list, index);
      if (!isObject(node.value)) return;
      const name = node.value['name'];
      const location = node.value['in'];
      if (typeof name !== 'string' || typeof location !== 'string' || !LOCATIONS.has(location)) return;
      const parameterLocation = location as ParameterLocation;
      const key = parameterKey(name, parameterLocation, operation.pathParameterNames);
      byKey.set(key, {
        key,
        name,
        in: parameterLocation,
        required: parameterLocation === 'path' || node.value['required'] === true,
        node,
        schema: parameterSchema(reader, node),
      });
    });
  }
  return [...byKey.values()];
}

function parameterSchema(reader: SideReader, node: Node): Node | undefined {
  const value = node.value as JsonObject;
  if (value['schema'] !== undefined) return reader.child(node, 'schema');
  if (isObject(value['content'])) {
    const [mediaType] = Object.keys(value['content']);
    if (mediaType !== undefined) return reader.child(node, 'content', mediaType, 'schema');
  }
  // Swagger 2.0: the parameter object carries `type`, `format`, `enum`... itself.
  return reader.version === '2.0' ? node : undefined;
}

function contentOf(reader: SideReader, owner: Node): ContentView[] {
  const content = reader.child(owner, 'content');
  if (!isObject(content.value)) return [];
  return Object.keys(content.value).map((mediaType) => {
    const node = reader.get(content, mediaType);
    const schema = isObject(node.value) && node.value['schema'] !== undefined ? reader.child(node, 'schema') : undefined;
    return { mediaType, node, schema };
  });
}

function mediaTypes(reader: SideReader, operation: Node, key: 'consumes' | 'produces'): string[] {
  const own = (operation.value as JsonObject)[key];
  if (Array.isArray(own)) return own.filter((item): item is string => typeof item === 'string');
  const global = (reader.rootNode().value as JsonObject)[key];
  if (Array.isArray(global)) return global.filter((item): item is string => typeof item === 'string');
  return ['application/json'];
}

export function operationRequestBody(reader: SideReader, operation: OperationView): RequestBodyView | undefined {
  if (reader.version === '2.0') {
    const list = reader.child(operation.node, 'parameters');
    if (!Array.isArray(list.value)) return undefined;
    for (let index = 0; index < list.value.length; index += 1) {
      const node = reader.get(list, index);
      if (!isObject(node.value) || node.value['in'] !== 'body') continue;
      const schema = reader.child(node, 'schema');
      return {
        node,
        required: node.value['required'] === true,
        content: mediaTypes(reader, operation.node, 'consumes').map((mediaType) => ({ mediaType, node, schema })),
      };
    }
    return undefined;
  }
  const node = reader.get(operation.node, 'requestBody');
  if (!isObject(node.value)) return undefined;
  return { node, required: node.value['required'] === true, content: contentOf(reader, node) };
}

export function operationResponses(reader: SideReader, operation: OperationView): ResponseView[] {
  const responses = reader.child(operation.node, 'responses');
  if (!isObject(responses.value)) return [];
  return Object.keys(responses.value).map((status) => {
    const node = reader.get(responses, status);
    const value = isObject(node.value) ? node.value : {};
    let content: ContentView[];
    if (reader.version === '2.0') {
      const schema = value['schema'] === undefined ? undefined : reader.child(node, 'schema');
      content = schema === undefined ? [] : mediaTypes(reader, operation.node, 'produces').map((mediaType) => ({ mediaType, node, schema }));
    } else {
      content = contentOf(reader, node);
    }
    return { status: status.toUpperCase(), node, content, headers: responseHeaders(reader, node) };
  });
}

function responseHeaders(reader: SideReader, response: Node): HeaderView[] {
  const headers = reader.child(response, 'headers');
  if (!isObject(headers.value)) return [];
  return Object.keys(headers.value).map((name) => {
    const node = reader.get(headers, name);
    const value = isObject(node.value) ? node.value : {};
    const schema = reader.version === '2.0' ? node : value['schema'] === undefined ? undefined : reader.child(node, 'schema');
    return { name, required: value['required'] === true, node, schema };
  });
}

export function operationSecurity(reader: SideReader, operation: OperationView): SecurityView {
  const own = reader.child(operation.node, 'security');
  const global = reader.child(reader.rootNode(), 'security');
  const node = Array.isArray(own.value) ? own : Array.isArray(global.value) ? global : operation.node;
  const list = Array.isArray(node.value) ? node.value : [];
  const alternatives: SecurityAlternative[] = list.filter(isObject).map((requirement) => {
    const alternative: SecurityAlternative = {};
    for (const scheme of Object.keys(requirement).sort()) {
      const scopes = requirement[scheme];
      alternative[scheme] = Array.isArray(scopes) ? scopes.filter((scope): scope is string => typeof scope === 'string').sort() : [];
    }
    return alternative;
  });
  return { node, alternatives };
}
