import type { Level } from '../levels.js';
import type { JsonValue, Lifecycle, Location, SpecDiff } from '../diff/model.js';

export type CheckDirection = 'api' | 'request' | 'response';

/** The areas of an API a check looks at; `apigov checks` groups by them. */
export type CheckObject =
  | 'path'
  | 'operation'
  | 'security'
  | 'parameter'
  | 'body'
  | 'media-type'
  | 'property'
  | 'status'
  | 'header';

export type ArgValue = string | number | boolean | null | string[];
export type ChangeArgs = Record<string, ArgValue>;

/** The operation a change is about, as the policy needs it. */
export interface ChangeOperation {
  method: string;
  /** The revision's path, or the base's when the operation is gone. */
  path: string;
  template: string;
  /** The base's path (what clients call today) when the operation existed there. */
  basePath?: string | undefined;
  /** The base's lifecycle marks (deprecated, sunset, stability): what clients relied on. */
  baseLifecycle?: Lifecycle | undefined;
}

/** What a check emits: structured, never rendered. */
export interface StructuredChange {
  id: string;
  args: ChangeArgs;
  operation: ChangeOperation;
  base?: Location | undefined;
  revision?: Location | undefined;
  before?: JsonValue | undefined;
  after?: JsonValue | undefined;
  /** Lifecycle of the thing that changed (a removed parameter's `deprecated` and sunset). */
  subject?: Lifecycle | undefined;
}

export type ChangeInput = Omit<StructuredChange, 'id'>;
export type Emit = (change: ChangeInput) => void;

export interface CheckDefinition {
  /** `<direction>-<object>-<change>`, kebab-case. */
  id: string;
  direction: CheckDirection;
  object: CheckObject;
  /** error: breaks clients; warning: may break, cannot be confirmed from the schema; info: safe. */
  level: Level;
  /** With `{{name}}` placeholders filled from the change's args. */
  message: string;
  description: string;
  mitigation: string;
  walk(diff: SpecDiff, emit: Emit): void;
}

export function defineCheck(definition: CheckDefinition): CheckDefinition {
  return definition;
}
