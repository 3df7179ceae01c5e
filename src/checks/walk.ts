import type {
  OperationDiff,
  OperationSummary,
  ParameterDiff,
  SchemaDiff,
  SpecDiff,
} from '../diff/model.js';
import type { ChangeArgs, ChangeOperation } from './types.js';

/** Where a schema change sits: which operation, body or response, and property path. */
export interface SchemaSite {
  operation: OperationDiff;
  schema: SchemaDiff;
  /** `data.items[].name`; '' for the body itself. */
  path: string;
  mediaType: string;
  /** Response status; undefined for request bodies. */
  status?: string | undefined;
}

export function changeOperation(operation: OperationDiff): ChangeOperation {
  return {
    method: operation.method,
    path: operation.revision.path,
    template: operation.revision.template,
    basePath: operation.base.path,
    baseLifecycle: operation.base.lifecycle,
  };
}

/** An operation of the base, as clients call it today: a removed one, or one both sides have unchanged. */
export function removedOperation(operation: OperationSummary): ChangeOperation {
  return {
    method: operation.method,
    path: operation.path,
    template: operation.template,
    basePath: operation.path,
    baseLifecycle: operation.lifecycle,
  };
}

export function addedOperation(operation: OperationSummary): ChangeOperation {
  return { method: operation.method, path: operation.path, template: operation.template };
}

export function joinProperty(parent: string, name: string): string {
  return parent === '' ? name : `${parent}.${name}`;
}

/** How a property path reads in a message: the body itself has no name. */
export function describePath(path: string): string {
  return path === '' ? '(body)' : path;
}

function collect(operation: OperationDiff, root: SchemaDiff, mediaType: string, status: string | undefined, out: SchemaSite[]): void {
  const open = new Set<SchemaDiff>();
  const visit = (schema: SchemaDiff, path: string): void => {
    if (open.has(schema)) return;
    open.add(schema);
    out.push({ operation, schema, path, mediaType, status });
    for (const property of schema.properties?.modified ?? []) {
      if (property.schema !== undefined) visit(property.schema, joinProperty(path, property.name));
    }
    if (schema.items !== undefined) visit(schema.items, `${path}[]`);
    if (schema.additionalProperties?.schema !== undefined) visit(schema.additionalProperties.schema, `${path}{*}`);
    for (const branch of schema.union?.modified ?? []) visit(branch, path);
    open.delete(schema);
  };
  visit(root, '');
}

const requestSites = new WeakMap<SpecDiff, SchemaSite[]>();
const responseSites = new WeakMap<SpecDiff, SchemaSite[]>();

/** Every changed schema node inside request bodies, computed once per diff. */
export function requestSchemaSites(diff: SpecDiff): SchemaSite[] {
  let sites = requestSites.get(diff);
  if (sites === undefined) {
    sites = [];
    for (const operation of diff.operations.modified) {
      for (const media of operation.requestBody?.content.modified ?? []) {
        if (media.schema !== undefined) collect(operation, media.schema, media.mediaType, undefined, sites);
      }
    }
    requestSites.set(diff, sites);
  }
  return sites;
}

/** Every changed schema node inside response bodies, computed once per diff. */
export function responseSchemaSites(diff: SpecDiff): SchemaSite[] {
  let sites = responseSites.get(diff);
  if (sites === undefined) {
    sites = [];
    for (const operation of diff.operations.modified) {
      for (const response of operation.responses.modified) {
        for (const media of response.content.modified) {
          if (media.schema !== undefined) collect(operation, media.schema, media.mediaType, response.status, sites);
        }
      }
    }
    responseSites.set(diff, sites);
  }
  return sites;
}

export interface ParameterSite {
  operation: OperationDiff;
  parameter: ParameterDiff;
  schema: SchemaDiff;
  /** '' for the parameter's own schema, `[]` for array items. */
  path: string;
}

/** Changed parameter schemas, with array items followed (`ids[]`). */
export function parameterSchemaSites(diff: SpecDiff): ParameterSite[] {
  const sites: ParameterSite[] = [];
  for (const operation of diff.operations.modified) {
    for (const parameter of operation.parameters.modified) {
      let schema = parameter.schema;
      let path = '';
      while (schema !== undefined) {
        sites.push({ operation, parameter, schema, path });
        schema = schema.items;
        path = `${path}[]`;
      }
    }
  }
  return sites;
}

export function isSuccessStatus(status: string): boolean {
  return /^2(\d\d|XX)$/i.test(status);
}

export function formatValue(value: unknown): string {
  return value === undefined ? 'none' : JSON.stringify(value);
}

/** The arguments that identify a request body schema change: operation, media type, property path. */
export function requestSiteArgs(site: SchemaSite, property?: string): ChangeArgs {
  const path = property === undefined ? site.path : joinProperty(site.path, property);
  return { method: site.operation.method, path: site.operation.revision.path, mediaType: site.mediaType, property: describePath(path) };
}

/** As `requestSiteArgs`, plus the response status. */
export function responseSiteArgs(site: SchemaSite, property?: string): ChangeArgs {
  const path = property === undefined ? site.path : joinProperty(site.path, property);
  return { method: site.operation.method, path: site.operation.revision.path, status: site.status ?? '', mediaType: site.mediaType, property: describePath(path) };
}

/** The arguments that identify a parameter schema change; array items read `ids[]`. */
export function parameterSiteArgs(site: ParameterSite): ChangeArgs {
  return { method: site.operation.method, path: site.operation.revision.path, in: site.parameter.in, name: site.parameter.name + site.path };
}

/** An operation that exists on both sides (unchanged itself): to the policy it is what clients call today. */
export const existingOperation = removedOperation;
