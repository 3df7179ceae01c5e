import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Folders that never hold the project's own API documents or route code. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'build', 'out', 'coverage', 'vendor', '.venv', 'venv', '__pycache__', '.next', '.tox', 'target']);
const MAX_FILES = 20_000;
const MAX_BYTES = 5 * 1024 * 1024;

const ROUTE_IMPORT = /(?:from\s+|require\(\s*)['"](express|fastify|hono|@hono\/zod-openapi|@nestjs\/common|@koa\/router|koa-router|next\/server)['"]/;
const OPENAPI_JSON = /^\s*\{[\s\S]{0,2000}?"(openapi|swagger)"\s*:/;
const OPENAPI_YAML = /^(openapi|swagger)\s*:/m;

export interface Discovery {
  /** Repository-relative, forward slashes, sorted. */
  schemas: string[];
  routeFiles: string[];
  /** Python/other router folders whose code a schema may be generated from (`src/app/routers`). */
  routerFolders: string[];
}

function walk(root: string, visit: (path: string, name: string) => void): void {
  let seen = 0;
  const stack = [root];
  while (stack.length > 0 && seen < MAX_FILES) {
    const folder = stack.pop() as string;
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) stack.push(path);
      } else if (entry.isFile()) {
        seen += 1;
        visit(path, entry.name);
      }
    }
  }
}

function head(path: string, bytes: number): string {
  try {
    if (statSync(path).size > MAX_BYTES) return '';
    return readFileSync(path, 'utf8').slice(0, bytes);
  } catch {
    return '';
  }
}

/** Finds the OpenAPI documents and the route code of a repository, by content rather than by name. */
export function discoverProject(root: string): Discovery {
  const schemas: string[] = [];
  const routeFiles: string[] = [];
  const routerFolders = new Set<string>();
  walk(root, (path, name) => {
    const project = relative(root, path).split('\\').join('/');
    if (/\.(json|ya?ml)$/.test(name)) {
      const text = head(path, 4096);
      if (name.endsWith('.json') ? OPENAPI_JSON.test(text) : OPENAPI_YAML.test(text)) schemas.push(project);
    } else if (/\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(name) && !/\.d\.ts$/.test(name) && !/\.(test|spec)\./.test(name)) {
      if (ROUTE_IMPORT.test(head(path, 64 * 1024))) routeFiles.push(project);
    } else if (name.endsWith('.py')) {
      const folder = /^(.*\/routers)\//.exec(project)?.[1];
      if (folder !== undefined) routerFolders.add(folder);
    }
  });
  return { schemas: schemas.sort(), routeFiles: routeFiles.sort(), routerFolders: [...routerFolders].sort() };
}

/** `src/routes/**\/*.ts`-style globs covering the route files: one per folder, folders inside another dropped. */
export function routeGlobs(routeFiles: readonly string[]): string[] {
  const folders = [...new Set(routeFiles.map((file) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.')))].sort();
  const kept = folders.filter((folder) => !folders.some((other) => other !== folder && (other === '.' || folder.startsWith(`${other}/`))));
  return kept.map((folder) => (folder === '.' ? '*.{ts,js}' : `${folder}/**/*.{ts,tsx,js}`));
}
