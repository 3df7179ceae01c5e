import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve as resolvePath, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../errors.js';
import { fromPointer, type JsonPath } from '../findings.js';
import { valueAt, type OpenApiVersion, type ResolvedRef, type SpecResolver } from './resolver.js';
import { parseSource, type SourceDocument } from './source.js';

export type { OpenApiVersion, ResolvedRef } from './resolver.js';

export interface LoadOptions {
  /** `$ref`s may not leave this folder. */
  projectRoot: string;
  /** Fetch http(s) `$ref`s; off by default, when they are reported instead. */
  allowRemoteRefs?: boolean;
  /** Text to use instead of reading `file` (e.g. a file at a git revision). */
  text?: string;
  /**
   * Where the files of this document live, when not on disk as they are now:
   * a git revision. `$ref`s to other files are read through it, from the same
   * revision, never from the working tree.
   */
  source?: DocumentSource;
}

export interface DocumentSource {
  /** The root document's path as if it were checked out (absolute): relative `$ref`s resolve from here. */
  location: string;
  /** The text of a file (absolute, checked-out coordinates); undefined when the source has no such file. */
  read(absolutePath: string): string | undefined;
  /** How a file is named in messages (`main:schemas/components.yaml`). */
  display(absolutePath: string): string;
}

export interface RefSite {
  document: SourceDocument;
  /** Path of the object holding the `$ref`. */
  path: JsonPath;
  ref: string;
}

/**
 * An OpenAPI document and every document its `$ref`s reach, parsed once.
 * `$ref`s are followed on demand by `resolve`, so nothing is copied and cycles
 * cost nothing.
 */
export class LoadedSpec implements SpecResolver {
  constructor(
    readonly root: SourceDocument,
    readonly version: OpenApiVersion,
    /** Keyed by absolute file path or URL. */
    readonly documents: ReadonlyMap<string, SourceDocument>,
    private readonly keys: ReadonlyMap<SourceDocument, string>,
    /** Remote `$ref`s that were not fetched. */
    readonly unfetchedRefs: readonly RefSite[],
  ) {}

  private readonly resolved = new Map<SourceDocument, Map<string, ResolvedRef | undefined>>();

  /** Follows one `$ref` written in `from`; undefined when it leads nowhere we loaded. Memoized. */
  resolve(ref: string, from: SourceDocument): ResolvedRef | undefined {
    let cache = this.resolved.get(from);
    if (cache === undefined) {
      cache = new Map();
      this.resolved.set(from, cache);
    }
    if (cache.has(ref)) return cache.get(ref);
    const result = this.resolveUncached(ref, from);
    cache.set(ref, result);
    return result;
  }

  private resolveUncached(ref: string, from: SourceDocument): ResolvedRef | undefined {
    const hash = ref.indexOf('#');
    const target = hash === -1 ? ref : ref.slice(0, hash);
    const pointer = hash === -1 ? '' : ref.slice(hash);
    let document: SourceDocument | undefined = from;
    if (target !== '') {
      const base = this.keys.get(from);
      if (base === undefined) return undefined;
      document = this.documents.get(documentKey(target, base));
    }
    if (document === undefined) return undefined;
    const path = fromPointer(pointer);
    const value = valueAt(document.data, path);
    return value === undefined ? undefined : { document, path, value };
  }
}

function isRemote(target: string): boolean {
  return /^https?:\/\//i.test(target);
}

function documentKey(target: string, base: string): string {
  if (isRemote(target)) return target;
  if (isRemote(base)) return new URL(target, base).toString();
  const path = target.startsWith('file:') ? fileURLToPath(target) : decodeURIComponent(target);
  return resolvePath(dirname(base), path);
}

function isInside(root: string, path: string): boolean {
  const relation = relative(root, path);
  return relation === '' || (!relation.startsWith(`..${sep}`) && relation !== '..' && !isAbsolute(relation));
}

export function detectVersion(document: SourceDocument): OpenApiVersion {
  const data = document.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError('not an OpenAPI document: the top level must be an object', { file: document.file, line: 1, column: 1 });
  }
  const record = data as Record<string, unknown>;
  const openapi = record['openapi'];
  const swagger = record['swagger'];
  const at = (key: string): { file: string; line: number; column: number } => {
    const range = document.rangeOf([key]);
    return { file: document.file, line: range.start.line + 1, column: range.start.character + 1 };
  };
  if (typeof openapi === 'string') {
    if (/^3\.0(\.\d+)?$/.test(openapi)) return '3.0';
    if (/^3\.[1-9](\.\d+)?$/.test(openapi)) return '3.1';
    throw new InputError(`unsupported OpenAPI version "${openapi}" (apigov reads 2.0, 3.0 and 3.1)`, at('openapi'));
  }
  if (swagger !== undefined) {
    if (String(swagger) === '2.0') return '2.0';
    throw new InputError(`unsupported Swagger version "${String(swagger)}" (apigov reads 2.0, 3.0 and 3.1)`, at('swagger'));
  }
  throw new InputError('not an OpenAPI document: it has neither an "openapi" nor a "swagger" field', {
    file: document.file,
    line: 1,
    column: 1,
  });
}

interface WalkEntry {
  value: unknown;
  parent: WalkEntry | undefined;
  key: string | number;
}

function pathOf(entry: WalkEntry): JsonPath {
  const path: JsonPath = [];
  for (let current: WalkEntry | undefined = entry; current?.parent !== undefined; current = current.parent) path.push(current.key);
  return path.reverse();
}

/**
 * Every `$ref` in a document, with where it is written. One walk, no
 * recursion limit; paths are built only for the `$ref` sites, through parent
 * links, so a large document does not allocate a path per node.
 */
export function collectRefs(document: SourceDocument): RefSite[] {
  const sites: RefSite[] = [];
  const stack: WalkEntry[] = [{ value: document.data, parent: undefined, key: '' }];
  while (stack.length > 0) {
    const entry = stack.pop() as WalkEntry;
    const value = entry.value;
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1) {
        const child: unknown = value[index];
        if (child !== null && typeof child === 'object') stack.push({ value: child, parent: entry, key: index });
      }
      continue;
    }
    const record = value as Record<string, unknown>;
    const ref = record['$ref'];
    if (typeof ref === 'string') sites.push({ document, path: pathOf(entry), ref });
    for (const key in record) {
      const child = record[key];
      if (child !== null && typeof child === 'object') stack.push({ value: child, parent: entry, key });
    }
  }
  return sites;
}

function locationOf(site: RefSite): { file: string; line: number; column: number } {
  const range = site.document.rangeOf([...site.path, '$ref']);
  return { file: site.document.file, line: range.start.line + 1, column: range.start.character + 1 };
}

async function readSource(key: string, displayName: string, site: RefSite | undefined, source?: DocumentSource): Promise<SourceDocument> {
  let text: string;
  try {
    if (source !== undefined && !isRemote(key)) {
      const found = source.read(key);
      if (found === undefined) throw Object.assign(new Error('not found'), { code: 'ENOENT' });
      text = found;
    } else if (isRemote(key)) {
      const response = await fetch(key);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      text = await response.text();
    } else {
      // one synchronous read: a CLI has nothing to do meanwhile, and the event-loop round trip cost more than the read
      text = readFileSync(key, 'utf8');
    }
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : `cannot read it (${(error as Error).message})`;
    if (site === undefined) throw new InputError(reason, { file: displayName });
    throw new InputError(`$ref "${site.ref}" cannot be resolved: ${displayName}: ${reason}`, locationOf(site));
  }
  return parseSource(text, displayName);
}

/**
 * Loads an OpenAPI document and the files its `$ref`s point at (inside the
 * project root only), checks every `$ref` resolves, and reports the remote
 * ones instead of fetching them unless allowed.
 */
export async function loadSpec(file: string, options: LoadOptions): Promise<LoadedSpec> {
  const projectRoot = resolvePath(options.projectRoot);
  const source = options.source;
  const rootKey = source === undefined ? resolvePath(file) : resolvePath(source.location);
  const root = options.text === undefined ? await readSource(rootKey, file, undefined, source) : parseSource(options.text, file);
  const version = detectVersion(root);
  const documents = new Map<string, SourceDocument>([[rootKey, root]]);
  const keys = new Map<SourceDocument, string>([[root, rootKey]]);
  const unfetched: RefSite[] = [];
  const allSites: RefSite[] = [];
  const queue: SourceDocument[] = [root];
  while (queue.length > 0) {
    const document = queue.shift() as SourceDocument;
    const base = keys.get(document) as string;
    for (const site of collectRefs(document)) {
      allSites.push(site);
      const hash = site.ref.indexOf('#');
      const target = hash === -1 ? site.ref : site.ref.slice(0, hash);
      if (target === '') continue;
      const key = documentKey(target, base);
      if (documents.has(key)) continue;
      if (isRemote(key)) {
        if (!options.allowRemoteRefs) {
          unfetched.push(site);
          continue;
        }
      } else if (!isInside(projectRoot, key)) {
        throw new InputError(
          `$ref "${site.ref}" points outside the project root (${projectRoot}); apigov does not read files there`,
          locationOf(site),
        );
      }
      const displayName = isRemote(key) ? key : source !== undefined ? source.display(key) : relative(process.cwd(), key) || key;
      const loaded = await readSource(key, displayName, site, source);
      documents.set(key, loaded);
      keys.set(loaded, key);
      queue.push(loaded);
    }
  }
  const spec = new LoadedSpec(root, version, documents, keys, unfetched);
  const unfetchedSet = new Set(unfetched);
  for (const site of allSites) {
    if (unfetchedSet.has(site)) continue;
    if (spec.resolve(site.ref, site.document) === undefined) {
      throw new InputError(`$ref "${site.ref}" cannot be resolved: no such location`, locationOf(site));
    }
  }
  return spec;
}
