import type { JsonPath } from '../findings.js';

/**
 * The neutral diff model: what changed between a base and a revision
 * document, with pointers into both, and no judgement about whether it breaks
 * anybody. Everything here is plain data (JSON-serializable) except that a
 * recursive schema may make the schema diff graph cyclic; `serializeDiff`
 * cuts those edges.
 */

export type Side = 'base' | 'revision';

/** Where a node is written: the file (as displayed) and the JSON path inside it. */
export interface Location {
  file: string;
  path: JsonPath;
}

export interface ValueChange<T> {
  from: T;
  to: T;
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Lifecycle marks that the policy needs to judge a removal or a breaking change. */
export interface Lifecycle {
  deprecated: boolean;
  /** The `x-sunset` (or configured) value, as written. */
  sunset?: string | undefined;
  /** The `x-stability-level` (or configured) value, as written. */
  stability?: string | undefined;
}

export interface OperationKey {
  method: string;
  /** The path as written on this side. */
  path: string;
  /** `normalizePath(path)`: the identity used to match operations. */
  template: string;
}

export interface OperationSummary extends OperationKey {
  location: Location;
  operationId?: string | undefined;
  lifecycle: Lifecycle;
}

export interface SpecDiff {
  base: { file: string; version: string };
  revision: { file: string; version: string };
  paths: PathsDiff;
  operations: OperationsDiff;
  /** The security schemes themselves (2.0 `securityDefinitions`, 3.x `components.securitySchemes`). */
  securitySchemes?: SecuritySchemesDiff;
}

export interface SecuritySchemeSummary {
  name: string;
  location: Location;
}

export interface SecuritySchemesDiff {
  added: SecuritySchemeSummary[];
  removed: SecuritySchemeSummary[];
  modified: SecuritySchemeDiff[];
}

export interface SecurityFlowDiff {
  /** The 3.x flow name (`authorizationCode`, `clientCredentials`, `password`, `implicit`). */
  flow: string;
  tokenUrl?: ValueChange<string | undefined>;
  authorizationUrl?: ValueChange<string | undefined>;
  scopesRemoved: string[];
  scopesAdded: string[];
}

export interface SecuritySchemeDiff {
  name: string;
  base: Location;
  revision: Location;
  type?: ValueChange<string | undefined>;
  /** apiKey: where the key goes (`header`, `query`, `cookie`) and under which name. */
  in?: ValueChange<string | undefined>;
  parameterName?: ValueChange<string | undefined>;
  /** http: `basic`, `bearer`, …; 2.0 `basic` reads as http + basic. */
  scheme?: ValueChange<string | undefined>;
  flows: SecurityFlowDiff[];
  flowsRemoved?: string[];
  /** The revision's operations whose requirements name this scheme. */
  usedBy: OperationSummary[];
}

export interface PathsDiff {
  /** Normalized templates that have operations only in the revision. */
  added: PathSummary[];
  removed: PathSummary[];
}

export interface PathSummary {
  path: string;
  template: string;
  location: Location;
  operations: OperationSummary[];
}

export interface OperationsDiff {
  added: OperationSummary[];
  removed: OperationSummary[];
  modified: OperationDiff[];
}

export interface OperationDiff {
  method: string;
  base: OperationSummary;
  revision: OperationSummary;
  deprecated?: ValueChange<boolean>;
  stability?: ValueChange<string | undefined>;
  operationId?: ValueChange<string | undefined>;
  /** Path parameters whose names changed at the same position of the template. */
  pathParameterNames: Array<{ index: number; from: string; to: string }>;
  parameters: ParametersDiff;
  requestBody?: RequestBodyDiff;
  responses: ResponsesDiff;
  security?: SecurityDiff;
}

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie' | 'formData';

export interface ParameterSummary {
  name: string;
  in: ParameterLocation;
  required: boolean;
  location: Location;
  lifecycle: Lifecycle;
}

export interface ParametersDiff {
  added: ParameterSummary[];
  removed: ParameterSummary[];
  /** Same name, different `in`. */
  moved: Array<{ name: string; from: ParameterSummary; to: ParameterSummary }>;
  modified: ParameterDiff[];
}

export interface ParameterDiff {
  name: string;
  in: ParameterLocation;
  base: ParameterSummary;
  revision: ParameterSummary;
  required?: ValueChange<boolean>;
  deprecated?: ValueChange<boolean>;
  schema?: SchemaDiff;
}

export interface RequestBodyDiff {
  /** `added` and `removed` carry the side that has it; `modified` both. */
  change: 'added' | 'removed' | 'modified';
  base?: Location;
  revision?: Location;
  /** Whether the side(s) require a body. */
  required: ValueChange<boolean | undefined>;
  content: ContentDiff;
}

export interface ContentDiff {
  added: MediaTypeSummary[];
  removed: MediaTypeSummary[];
  modified: MediaTypeDiff[];
}

export interface MediaTypeSummary {
  mediaType: string;
  location: Location;
}

export interface MediaTypeDiff {
  mediaType: string;
  base: Location;
  revision: Location;
  schema?: SchemaDiff;
}

export interface ResponsesDiff {
  added: ResponseSummary[];
  removed: ResponseSummary[];
  modified: ResponseDiff[];
}

export interface ResponseSummary {
  status: string;
  location: Location;
}

export interface ResponseDiff {
  status: string;
  base: Location;
  revision: Location;
  content: ContentDiff;
  headers: HeadersDiff;
}

export interface HeaderSummary {
  name: string;
  required: boolean;
  location: Location;
}

export interface HeadersDiff {
  added: HeaderSummary[];
  removed: HeaderSummary[];
  modified: HeaderDiff[];
}

export interface HeaderDiff {
  name: string;
  base: HeaderSummary;
  revision: HeaderSummary;
  required?: ValueChange<boolean>;
  schema?: SchemaDiff;
}

/** One alternative of a security requirement: scheme name → scopes. All must hold. */
export type SecurityAlternative = Record<string, string[]>;

export interface SecurityDiff {
  base: Location;
  revision: Location;
  /** The effective requirement (operation-level, else document-level); [] = none. */
  from: SecurityAlternative[];
  to: SecurityAlternative[];
}

export type ConstraintKeyword =
  | 'maxLength'
  | 'minLength'
  | 'maximum'
  | 'minimum'
  | 'exclusiveMaximum'
  | 'exclusiveMinimum'
  | 'maxItems'
  | 'minItems'
  | 'maxProperties'
  | 'minProperties'
  | 'multipleOf'
  | 'uniqueItems';

export interface ConstraintChange {
  keyword: ConstraintKeyword;
  from: number | boolean | undefined;
  to: number | boolean | undefined;
  /** Fewer values are valid afterwards (`tightened`), more (`relaxed`), or neither is provable. */
  effect: 'tightened' | 'relaxed' | 'changed';
}

export interface EnumDiff {
  /** undefined: no enum on that side (every value allowed). */
  from: JsonValue[] | undefined;
  to: JsonValue[] | undefined;
  added: JsonValue[];
  removed: JsonValue[];
}

export type TypeEffect = 'widened' | 'narrowed' | 'changed';

export interface TypeDiff {
  /** Sorted JSON types without `null`; undefined = any type. */
  from: string[] | undefined;
  to: string[] | undefined;
  effect: TypeEffect;
}

export type AdditionalPropertiesKind = 'open' | 'closed' | 'schema';

export interface PropertySummary {
  name: string;
  required: boolean;
  location: Location;
  readOnly: boolean;
  writeOnly: boolean;
  lifecycle: Lifecycle;
}

export interface PropertyDiff {
  name: string;
  base: PropertySummary;
  revision: PropertySummary;
  required?: ValueChange<boolean>;
  schema?: SchemaDiff;
}

export interface DiscriminatorDiff {
  /** The property whose value names the branch; undefined on a side without a discriminator. */
  propertyName?: ValueChange<string | undefined>;
  /** Values in the mapping (`discriminator.mapping` keys). */
  mappingAdded: string[];
  mappingRemoved: string[];
}

export interface UnionDiff {
  kind: 'oneOf' | 'anyOf';
  added: Location[];
  removed: Location[];
  modified: SchemaDiff[];
}

export interface SchemaDiff {
  base: Location;
  revision: Location;
  type?: TypeDiff;
  nullable?: ValueChange<boolean>;
  format?: ValueChange<string | undefined>;
  pattern?: ValueChange<string | undefined>;
  enum?: EnumDiff;
  default?: ValueChange<JsonValue | undefined>;
  deprecated?: ValueChange<boolean>;
  readOnly?: ValueChange<boolean>;
  writeOnly?: ValueChange<boolean>;
  discriminator?: DiscriminatorDiff;
  constraints?: ConstraintChange[];
  properties?: {
    added: PropertySummary[];
    removed: PropertySummary[];
    modified: PropertyDiff[];
  };
  additionalProperties?: ValueChange<AdditionalPropertiesKind> & { schema?: SchemaDiff };
  items?: SchemaDiff;
  union?: UnionDiff;
}
