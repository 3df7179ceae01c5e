import type { TSESTree } from '@typescript-eslint/utils';

export type Framework = 'express' | 'fastify' | 'hono' | 'nest' | 'koa' | 'next';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number] | 'ALL';

/**
 * A path as far as the file tells it. Parts that depend on runtime values
 * are kept, rendered as `<source text>`, and make the whole value unknown so
 * no rule judges it.
 */
export interface PathValue {
  text: string;
  known: boolean;
  /** Where the path is written, for prefixes reported on their own. */
  node?: TSESTree.Node;
}

export type FunctionNode =
  | TSESTree.ArrowFunctionExpression
  | TSESTree.FunctionExpression
  | TSESTree.FunctionDeclaration;

export interface QueryRead {
  name: string;
  /** The node holding the name: an identifier, a string literal or a destructuring property. */
  node: TSESTree.Node;
  /** How a rename is written in source; undefined when it cannot be rewritten safely. */
  rename: ((newName: string) => { node: TSESTree.Node; text: string }) | undefined;
}

export interface ResponseBody {
  /** The expression sent; undefined for an empty body. */
  node: TSESTree.Node;
  /** The status sent with it, when the code says so; `DYNAMIC_STATUS` when it is set from a value. */
  status: number | undefined;
  /** The status the framework answers with when the code says nothing. */
  defaultStatus: number;
  /** False for text, files, streams or an explicit non-JSON content type. */
  json: boolean;
  /** The content type set explicitly next to it, if any. */
  contentType: string | undefined;
  /** Sent inside an `if` branch or a `catch`: after a failed check. */
  afterCheck: boolean;
  /** The handler's declared return type says it is a list (`Promise<User[]>`). */
  declaredList?: boolean;
}

export interface StatusCode {
  code: number;
  node: TSESTree.Node;
}

export interface Route {
  framework: Framework;
  methods: HttpMethod[];
  /** The path as declared at the route. */
  path: PathValue;
  /** Where to report path findings; undefined when the path comes from the file name. */
  pathNode: TSESTree.Node | undefined;
  /** The prefix the file itself adds (a mount, a base path, a controller). */
  prefix: PathValue;
  /** True when nothing outside this file can add to the prefix. */
  prefixComplete: boolean;
  /** The router, app, plugin or controller the route belongs to, for composition across files. */
  owner: string;
  /** The node that declares the route (its line is the route's line). */
  node: TSESTree.Node;
  /** Every function argument in the handler position, in order; the last is the handler. */
  handlers: TSESTree.Node[];
  handler: FunctionNode | undefined;
  queryReads: QueryRead[];
  bodies: ResponseBody[];
  statuses: StatusCode[];
  /** Nest URI version (`@Controller({ version })`, `@Version`), composed after the global prefix. */
  version?: string;
}

/** `parent.use('/v1', child)` and its equivalents in every framework. */
export interface Mount {
  owner: string;
  prefix: PathValue;
  child: ChildRef;
  node: TSESTree.Node;
  /** Nest `setGlobalPrefix`: applies to every controller of the app. */
  global?: boolean;
}

export type ChildRef =
  | { kind: 'local'; name: string }
  | { kind: 'import'; source: string; imported: string };

export interface FileModel {
  frameworks: Framework[];
  routes: Route[];
  mounts: Mount[];
  /** Exported name (`default` for the default export) → owner id in this file. */
  exports: Map<string, string>;
  /** Local binding → where it was imported from. */
  imports: Map<string, { source: string; imported: string }>;
  /** Owners that are applications (roots), not routers another file may mount. */
  roots: Set<string>;
  /** A prefix an owner adds to its own routes (`basePath`, Koa `prefix`, `@Controller`). */
  ownerPrefixes: Map<string, PathValue>;
}

/** A status the code sets from a run-time value (`res.status(err.status)`): rules do not judge the body's status. */
export const DYNAMIC_STATUS = -1;
