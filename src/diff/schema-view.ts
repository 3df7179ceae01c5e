import { toJsonValue } from './canonical.js';
import type { AdditionalPropertiesKind, ConstraintKeyword, JsonValue, Lifecycle } from './model.js';
import { isObject, type JsonObject, type Node, type SideReader } from './reader.js';

/**
 * One schema as the comparison sees it, with the dialects folded together:
 * 3.0 `nullable: true`, 3.1 `type: [X, "null"]`, FastAPI's
 * `anyOf: [X, {type: "null"}]` wrapper and 2.0 `x-nullable` all become
 * `nullable`; `const` becomes a one-value `enum`; 3.0's boolean
 * `exclusiveMaximum` becomes 3.1's number; `allOf` is merged.
 */
export interface SchemaView {
  /** The object the schema's structure comes from (after unwrapping); the memo key. */
  key: object;
  node: Node;
  types: string[] | undefined;
  nullable: boolean;
  format: string | undefined;
  pattern: string | undefined;
  enum: JsonValue[] | undefined;
  hasDefault: boolean;
  default: JsonValue | undefined;
  readOnly: boolean;
  writeOnly: boolean;
  lifecycle: Lifecycle;
  constraints: Partial<Record<ConstraintKeyword, number | boolean>>;
  properties: Map<string, Node>;
  required: Set<string>;
  additionalProperties: { kind: AdditionalPropertiesKind; node?: Node | undefined };
  items: Node | undefined;
  union: { kind: 'oneOf' | 'anyOf'; branches: Node[] } | undefined;
  /** `discriminator`: the property that names a union's branch, and the values its mapping lists. */
  discriminator: { propertyName: string; mapping: string[] } | undefined;
  /** Set by a `$ref` or a title: helps pairing union branches. */
  name: string | undefined;
}

export const CONSTRAINT_KEYWORDS: readonly ConstraintKeyword[] = [
  'maxLength',
  'minLength',
  'maximum',
  'minimum',
  'exclusiveMaximum',
  'exclusiveMinimum',
  'maxItems',
  'minItems',
  'maxProperties',
  'minProperties',
  'multipleOf',
  'uniqueItems',
];

const ANNOTATIONS = ['default', 'deprecated', 'readOnly', 'writeOnly', 'title'] as const;
const EMPTY_KEY = {};

function isNullSchema(value: unknown): boolean {
  if (!isObject(value)) return false;
  const type = value['type'];
  if (type === 'null') return true;
  if (Array.isArray(type) && type.length === 1 && type[0] === 'null') return true;
  const values = value['enum'];
  return Array.isArray(values) && values.length === 1 && values[0] === null;
}

export class SchemaViews {
  private readonly cache = new WeakMap<object, SchemaView>();
  private readonly building = new Set<object>();

  constructor(private readonly reader: SideReader) {}

  view(input: Node): SchemaView {
    const node = this.reader.deref(input);
    const value = node.value;
    if (!isObject(value)) return this.anySchema(node);
    const cached = this.cache.get(value);
    if (cached !== undefined) return cached;
    if (this.building.has(value)) return this.anySchema(node);
    this.building.add(value);
    try {
      const built = this.build(node, value);
      this.cache.set(value, built);
      return built;
    } finally {
      this.building.delete(value);
    }
  }

  private anySchema(node: Node): SchemaView {
    return {
      key: isObject(node.value) ? node.value : EMPTY_KEY,
      node,
      types: undefined,
      nullable: false,
      format: undefined,
      pattern: undefined,
      enum: undefined,
      hasDefault: false,
      default: undefined,
      readOnly: false,
      writeOnly: false,
      lifecycle: { deprecated: false },
      constraints: {},
      properties: new Map(),
      required: new Set(),
      additionalProperties: { kind: 'open' },
      items: undefined,
      union: undefined,
      discriminator: undefined,
      name: refName(node.ref),
    };
  }

  private build(node: Node, value: JsonObject): SchemaView {
    const reader = this.reader;
    const unionKind = Array.isArray(value['anyOf']) ? 'anyOf' : Array.isArray(value['oneOf']) ? 'oneOf' : undefined;
    let unionBranches: Node[] = [];
    let nullable = false;
    if (unionKind !== undefined) {
      const branches = (value[unionKind] as unknown[]).map((_, index) => reader.get(node, unionKind, index));
      unionBranches = branches.filter((branch) => !isNullSchema(branch.value));
      nullable = unionBranches.length < branches.length;
      const ownShape = value['type'] !== undefined || value['properties'] !== undefined || value['allOf'] !== undefined;
      // a discriminator makes even a one-branch union a real one, not a wrapper to see through
      if (unionBranches.length === 1 && !ownShape && value['discriminator'] === undefined) {
        const inner = this.view(unionBranches[0] as Node);
        // 3.0 writes the wrapper's nullability as a keyword beside the one-branch union.
        const wrapperNullable = nullable || value['nullable'] === true || value['x-nullable'] === true;
        return this.overlay(inner, value, wrapperNullable);
      }
    }
    const view = this.anySchema(node);
    view.key = value;
    view.name = refName(node.ref) ?? (typeof value['title'] === 'string' ? value['title'] : undefined);
    if (unionKind !== undefined) {
      view.union = { kind: unionKind, branches: unionBranches };
      view.nullable = nullable;
    }
    const type = value['type'];
    if (typeof type === 'string') {
      if (type === 'null') view.nullable = true;
      else view.types = [type];
    } else if (Array.isArray(type)) {
      const named = type.filter((item): item is string => typeof item === 'string');
      if (named.includes('null')) view.nullable = true;
      const concrete = named.filter((item) => item !== 'null').sort();
      view.types = concrete.length > 0 ? concrete : undefined;
    }
    if (value['nullable'] === true || value['x-nullable'] === true) view.nullable = true;
    if (typeof value['format'] === 'string') view.format = value['format'];
    if (typeof value['pattern'] === 'string') view.pattern = value['pattern'];
    const values = Array.isArray(value['enum']) ? value['enum'] : 'const' in value ? [value['const']] : undefined;
    if (values !== undefined) {
      if (values.includes(null)) view.nullable = true;
      view.enum = values.filter((item) => item !== null).map(toJsonValue);
    }
    if ('default' in value) {
      view.hasDefault = true;
      view.default = toJsonValue(value['default']);
    }
    view.readOnly = value['readOnly'] === true;
    view.writeOnly = value['writeOnly'] === true;
    const discriminator = value['discriminator'];
    if (isObject(discriminator) && typeof discriminator['propertyName'] === 'string') {
      const mapping = discriminator['mapping'];
      view.discriminator = { propertyName: discriminator['propertyName'], mapping: isObject(mapping) ? Object.keys(mapping).sort() : [] };
    }
    view.lifecycle = reader.lifecycle(value);
    for (const keyword of CONSTRAINT_KEYWORDS) {
      const raw = value[keyword];
      if (typeof raw === 'number' || (keyword === 'uniqueItems' && typeof raw === 'boolean')) view.constraints[keyword] = raw;
    }
    // 3.0 and 2.0: `exclusiveMaximum: true` qualifies `maximum`; fold it into the 3.1 form.
    for (const [exclusive, bound] of [
      ['exclusiveMaximum', 'maximum'],
      ['exclusiveMinimum', 'minimum'],
    ] as const) {
      if (value[exclusive] === true && typeof value[bound] === 'number') {
        view.constraints[exclusive] = value[bound];
        delete view.constraints[bound];
      }
    }
    if (view.constraints.uniqueItems === false) delete view.constraints.uniqueItems;
    const properties = reader.child(node, 'properties');
    if (isObject(properties.value)) {
      for (const name of Object.keys(properties.value)) view.properties.set(name, reader.child(properties, name));
    }
    if (Array.isArray(value['required'])) {
      for (const name of value['required']) if (typeof name === 'string') view.required.add(name);
    }
    const additional = value['additionalProperties'];
    if (additional === false) view.additionalProperties = { kind: 'closed' };
    else if (isObject(additional) && Object.keys(additional).length > 0) {
      view.additionalProperties = { kind: 'schema', node: reader.child(node, 'additionalProperties') };
    }
    if (value['items'] !== undefined && !Array.isArray(value['items'])) view.items = reader.child(node, 'items');
    if (view.types === undefined && (view.properties.size > 0 || view.additionalProperties.kind !== 'open')) view.types = ['object'];
    if (Array.isArray(value['allOf'])) this.mergeAllOf(view, node);
    return view;
  }

  /** The nullable wrapper's own annotations (default, title...) sit on the wrapper. */
  private overlay(inner: SchemaView, value: JsonObject, nullable: boolean): SchemaView {
    const merged: SchemaView = { ...inner, nullable: inner.nullable || nullable, lifecycle: { ...inner.lifecycle } };
    for (const annotation of ANNOTATIONS) {
      if (!(annotation in value)) continue;
      if (annotation === 'default') {
        merged.hasDefault = true;
        merged.default = toJsonValue(value['default']);
      } else if (annotation === 'readOnly') merged.readOnly = value['readOnly'] === true;
      else if (annotation === 'writeOnly') merged.writeOnly = value['writeOnly'] === true;
    }
    const lifecycle = this.reader.lifecycle(value);
    if (lifecycle.deprecated) merged.lifecycle.deprecated = true;
    if (lifecycle.sunset !== undefined) merged.lifecycle.sunset = lifecycle.sunset;
    if (merged.name === undefined && typeof value['title'] === 'string') merged.name = value['title'];
    return merged;
  }

  private mergeAllOf(view: SchemaView, node: Node): void {
    const branches = (node.value as JsonObject)['allOf'] as unknown[];
    branches.forEach((_, index) => {
      const part = this.view(this.reader.child(node, 'allOf', index));
      view.types ??= part.types;
      if (part.nullable && branches.length === 1) view.nullable = true;
      view.format ??= part.format;
      view.pattern ??= part.pattern;
      view.enum ??= part.enum;
      if (!view.hasDefault && part.hasDefault) {
        view.hasDefault = true;
        view.default = part.default;
      }
      view.constraints = { ...part.constraints, ...view.constraints };
      for (const [name, property] of part.properties) if (!view.properties.has(name)) view.properties.set(name, property);
      for (const name of part.required) view.required.add(name);
      if (part.additionalProperties.kind !== 'open' && view.additionalProperties.kind === 'open') {
        view.additionalProperties = part.additionalProperties;
      }
      view.items ??= part.items;
      view.union ??= part.union;
      view.name ??= part.name;
    });
  }
}

function refName(ref: string | undefined): string | undefined {
  if (ref === undefined) return undefined;
  const slash = ref.lastIndexOf('/');
  return slash === -1 ? ref : ref.slice(slash + 1);
}
