import { isObject, locationKey, type JsonObject, type Located, type OpenApiModel } from './model.js';

const DESCRIPTIVE_KEYWORDS = new Set(['title', 'description', 'nullable', 'example', 'examples', 'deprecated', 'readOnly', 'writeOnly', '$comment', 'default']);

export function isNullSchema(schema: unknown): boolean {
  if (!isObject(schema)) return false;
  if (schema['type'] === 'null') return true;
  return Array.isArray(schema['enum']) && schema['enum'].length === 1 && schema['enum'][0] === null;
}

/**
 * Looks through the nullable wrappers generators emit: FastAPI's
 * `anyOf: [X, {type: null}]`, `oneOf` with a lone real branch, and a lone
 * `allOf: [{$ref}]` used to attach a description to a reference.
 */
export function unwrapSchema(model: OpenApiModel, schema: Located): Located {
  let current = model.deref(schema);
  for (let depth = 0; depth < 16; depth += 1) {
    if (!isObject(current.value)) return current;
    const value = current.value;
    let next: Located | undefined;
    for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
      const list = value[key];
      if (!Array.isArray(list)) continue;
      const branches = list.map((_, index) => model.deref(model.child(model.child(current, key), index)));
      const real = branches.filter((branch) => !isNullSchema(branch.value));
      const hasOwnShape = value['properties'] !== undefined || value['items'] !== undefined;
      if (real.length === 1 && !hasOwnShape) next = real[0];
    }
    if (next === undefined) return current;
    current = next;
  }
  return current;
}

/** The JSON Schema types a schema admits (`type`, or what `properties`/`items` imply). */
export function schemaTypes(schema: unknown): Set<string> {
  const types = new Set<string>();
  if (!isObject(schema)) return types;
  const type = schema['type'];
  if (typeof type === 'string') types.add(type);
  else if (Array.isArray(type)) for (const item of type) if (typeof item === 'string') types.add(item);
  if (types.size === 0) {
    if (schema['properties'] !== undefined || schema['additionalProperties'] !== undefined) types.add('object');
    if (schema['items'] !== undefined) types.add('array');
  }
  return types;
}

/** `{}` or a schema with nothing but descriptions documents no shape at all. */
export function isEmptySchema(schema: unknown): boolean {
  if (!isObject(schema)) return schema === undefined || schema === true;
  return Object.keys(schema).every((key) => DESCRIPTIVE_KEYWORDS.has(key) || key.startsWith('x-'));
}

export interface ObjectShape {
  /** The properties an instance may have, merged across `allOf`. */
  properties: Map<string, Located>;
  required: Set<string>;
  /** False when some branch (a `oneOf` of objects, an unresolved `$ref`) hides properties. */
  complete: boolean;
}

/**
 * The properties of an object schema, merging `allOf` branches and looking
 * through nullable wrappers. Undefined when the schema is not an object.
 */
export function objectShape(model: OpenApiModel, schema: Located, seen = new Set<Located['value']>()): ObjectShape | undefined {
  const target = unwrapSchema(model, schema);
  const value = target.value;
  if (!isObject(value) || seen.has(value)) return undefined;
  seen.add(value);
  const types = schemaTypes(value);
  const allOf = Array.isArray(value['allOf']) ? (value['allOf'] as unknown[]) : [];
  if (types.size > 0 && !types.has('object')) return undefined;
  const shape: ObjectShape = { properties: new Map(), required: new Set(), complete: true };
  const properties = value['properties'];
  if (isObject(properties)) {
    const container = model.child(target, 'properties');
    for (const name of Object.keys(properties)) shape.properties.set(name, model.child(container, name));
  }
  if (Array.isArray(value['required'])) for (const name of value['required']) if (typeof name === 'string') shape.required.add(name);
  allOf.forEach((_, index) => {
    const branch = objectShape(model, model.child(model.child(target, 'allOf'), index), seen);
    if (branch === undefined) return;
    for (const [name, property] of branch.properties) if (!shape.properties.has(name)) shape.properties.set(name, property);
    for (const name of branch.required) shape.required.add(name);
    if (!branch.complete) shape.complete = false;
  });
  if (Array.isArray(value['oneOf']) || Array.isArray(value['anyOf'])) shape.complete = false;
  if (shape.properties.size === 0 && allOf.length === 0 && types.size === 0) return undefined;
  return shape;
}

export function asObject(located: Located): Located<JsonObject> | undefined {
  return isObject(located.value) ? (located as Located<JsonObject>) : undefined;
}

/**
 * JSON media types: `application/json`, any `+json` structured suffix
 * (`application/problem+json`), with or without parameters. Line-delimited
 * JSON (`application/jsonl`, `application/x-ndjson`, `application/json-seq`)
 * is a stream of documents, not one JSON body, so it is not JSON here.
 */
export function isJsonMediaType(mediaType: string): boolean {
  const essence = (mediaType.split(';')[0] ?? '').trim().toLowerCase();
  return essence === 'application/json' || /^[a-z0-9!#$&^_.-]+\/[a-z0-9!#$&^_.+-]+\+json$/.test(essence);
}

/** The class of a response key: 2 for `200`, `201`, `2XX`; undefined for `default` and invalid keys. */
export function statusClass(status: string): number | undefined {
  const match = /^([1-5])(?:\d\d|XX)$/.exec(status);
  return match === null ? undefined : Number(match[1]);
}

export function isSuccessStatus(status: string): boolean {
  return statusClass(status) === 2;
}

/** 204 and 205 forbid a body (RFC 9110 §15.3.5, §15.3.6), whatever the document declares. */
export function statusForbidsBody(status: string): boolean {
  return status === '204' || status === '205';
}

/** The component schema's name when `located` is one (`#/components/schemas/X`, `#/definitions/X`). */
export function componentSchemaName(located: Pick<Located, 'path'>): string | undefined {
  const path = located.path;
  if (path.length === 3 && path[0] === 'components' && path[1] === 'schemas' && typeof path[2] === 'string') return path[2];
  if (path.length === 2 && path[0] === 'definitions' && typeof path[1] === 'string') return path[1];
  return undefined;
}

/**
 * The alternatives a body may take: the branches of a `oneOf`/`anyOf` with
 * more than one real (non-null) branch, each unwrapped; else the unwrapped
 * schema alone. Each schema appears once, however the branches cycle.
 */
export function schemaAlternatives(model: OpenApiModel, schema: Located, seen = new Set<string>()): Located[] {
  const target = unwrapSchema(model, schema);
  const key = locationKey(target);
  if (seen.has(key)) return [];
  seen.add(key);
  const value = target.value;
  if (!isObject(value) || value['properties'] !== undefined) return [target];
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const list = value[keyword];
    if (!Array.isArray(list)) continue;
    const container = model.child(target, keyword);
    const real = list
      .map((_, index) => model.child(container, index))
      .filter((branch) => !isNullSchema(model.deref(branch).value));
    if (real.length > 1) return real.flatMap((branch) => schemaAlternatives(model, branch, seen));
  }
  return [target];
}
