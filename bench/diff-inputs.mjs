// Inputs for bench/diff.bench.mjs: the Phoenix schema rendered as OpenAPI 3.0
// (openapi-diff reads nothing newer), an edited copy of it, and both scaled
// up. The edits are the kind a pull request makes: a removed operation, a new
// required query parameter, a removed response property, a type change, a
// new enum value, a request property that became required.

// Children are converted before their parents, so a `{type: 'null'}` branch may already read `{nullable: true}`.
const NULL_SCHEMA = (schema) =>
  schema !== null &&
  typeof schema === 'object' &&
  (schema.type === 'null' ||
    (Array.isArray(schema.type) && schema.type.length === 1 && schema.type[0] === 'null') ||
    (schema.nullable === true && Object.keys(schema).length === 1));

/** 3.1 → 3.0: null unions and type arrays become `nullable`, `const` an `enum`, `examples` an `example`. */
export function toOpenApi30(document) {
  const converted = convertValue(structuredClone(document));
  converted.openapi = '3.0.3';
  delete converted.jsonSchemaDialect;
  delete converted.webhooks;
  return converted;
}

function convertValue(value) {
  if (Array.isArray(value)) return value.map(convertValue);
  if (value === null || typeof value !== 'object') return value;
  const result = {};
  for (const [key, child] of Object.entries(value)) result[key] = convertValue(child);
  return convertSchema(result);
}

function convertSchema(schema) {
  for (const keyword of ['anyOf', 'oneOf']) {
    const branches = schema[keyword];
    if (!Array.isArray(branches) || !branches.some(NULL_SCHEMA)) continue;
    const rest = branches.filter((branch) => !NULL_SCHEMA(branch));
    delete schema[keyword];
    schema.nullable = true;
    if (rest.length === 1) {
      const [only] = rest;
      if (only.$ref !== undefined) schema.allOf = [only];
      else Object.assign(schema, { ...only, ...schema });
    } else {
      schema[keyword] = rest;
    }
  }
  if (Array.isArray(schema.type)) {
    const types = schema.type.filter((type) => type !== 'null');
    if (types.length < schema.type.length) schema.nullable = true;
    if (types.length === 1) schema.type = types[0];
    else {
      delete schema.type;
      schema.anyOf = types.map((type) => ({ type }));
    }
  }
  if (schema.type === 'null') {
    delete schema.type;
    schema.nullable = true;
  }
  if ('const' in schema) {
    schema.enum = [schema.const];
    delete schema.const;
  }
  if (Array.isArray(schema.examples)) {
    if (schema.examples.length > 0 && schema.example === undefined) schema.example = schema.examples[0];
    delete schema.examples;
  }
  for (const [exclusive, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']]) {
    if (typeof schema[exclusive] === 'number') {
      schema[bound] = schema[exclusive];
      schema[exclusive] = true;
    }
  }
  for (const keyword of ['$schema', 'contentMediaType', 'contentEncoding', 'prefixItems', 'unevaluatedProperties', '$defs']) delete schema[keyword];
  return schema;
}

/** The edits described above, each on the first place that fits; returns what was done. */
export function editLikeAPullRequest(document) {
  const edited = structuredClone(document);
  const done = [];
  const paths = Object.keys(edited.paths).sort();
  const operations = paths.flatMap((path) => Object.entries(edited.paths[path]).filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method)).map(([method, operation]) => ({ path, method, operation })));
  const removed = operations.find((entry) => entry.method === 'delete');
  if (removed) {
    delete edited.paths[removed.path][removed.method];
    done.push(`removed ${removed.method.toUpperCase()} ${removed.path}`);
  }
  const listing = operations.find((entry) => entry.method === 'get' && entry.operation !== removed?.operation);
  if (listing) {
    listing.operation.parameters = [...(listing.operation.parameters ?? []), { name: 'workspace_id', in: 'query', required: true, schema: { type: 'string' } }];
    done.push(`added required query parameter workspace_id to GET ${listing.path}`);
  }
  const schemas = edited.components.schemas;
  const names = Object.keys(schemas).sort();
  const withProperties = names.filter((name) => schemas[name].properties && Object.keys(schemas[name].properties).length >= 3);
  const responseSchema = withProperties.find((name) => /Response|Data$/.test(name));
  if (responseSchema) {
    const [property] = Object.keys(schemas[responseSchema].properties).filter((key) => key !== 'data');
    delete schemas[responseSchema].properties[property];
    if (Array.isArray(schemas[responseSchema].required)) schemas[responseSchema].required = schemas[responseSchema].required.filter((key) => key !== property);
    done.push(`removed property ${property} from ${responseSchema}`);
  }
  const typed = withProperties.find((name) => name !== responseSchema && Object.values(schemas[name].properties).some((property) => property.type === 'string'));
  if (typed) {
    const [property] = Object.entries(schemas[typed].properties).find(([, value]) => value.type === 'string');
    schemas[typed].properties[property].type = 'integer';
    done.push(`changed ${typed}.${property} from string to integer`);
  }
  const enumerated = names.find((name) => Array.isArray(schemas[name].enum) && schemas[name].enum.every((value) => typeof value === 'string'));
  if (enumerated) {
    schemas[enumerated].enum = [...schemas[enumerated].enum, 'brand_new_value'];
    done.push(`added enum value brand_new_value to ${enumerated}`);
  }
  const request = withProperties.find((name) => /Request|Body$/.test(name) && Object.keys(schemas[name].properties).some((key) => !(schemas[name].required ?? []).includes(key)));
  if (request) {
    const property = Object.keys(schemas[request].properties).find((key) => !(schemas[request].required ?? []).includes(key));
    schemas[request].required = [...(schemas[request].required ?? []), property];
    done.push(`made ${request}.${property} required`);
  }
  return { document: edited, edits: done };
}

/**
 * openapi-diff stops at the first recursive schema ("Circular $ref pointer").
 * To compare on the same pairs anyway, this variant replaces every `$ref`
 * that closes a cycle of component schemas with an unconstrained schema.
 */
export function cutSchemaCycles(document) {
  const result = structuredClone(document);
  const schemas = result.components?.schemas ?? {};
  const prefix = '#/components/schemas/';
  const state = new Map(); // name → 'open' | 'done'
  const visitValue = (value) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        if (isCycleRef(item)) value[index] = {};
        else visitValue(item);
      });
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if (isCycleRef(child)) value[key] = {};
      else visitValue(child);
    }
  };
  const isCycleRef = (value) => {
    if (value === null || typeof value !== 'object' || typeof value.$ref !== 'string' || !value.$ref.startsWith(prefix)) return false;
    const name = value.$ref.slice(prefix.length);
    if (state.get(name) === 'open') return true;
    if (state.get(name) === undefined && schemas[name] !== undefined) visitSchema(name);
    return false;
  };
  const visitSchema = (name) => {
    state.set(name, 'open');
    visitValue(schemas[name]);
    state.set(name, 'done');
  };
  for (const name of Object.keys(schemas)) if (state.get(name) === undefined) visitSchema(name);
  return result;
}
