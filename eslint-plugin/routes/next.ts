import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { isAfterCheck, memberName, propertyName, unwrap } from './ast.js';
import type { Adapter } from './adapter.js';
import { propertyValue } from './fastify.js';
import { bodyIndex, emptyFacts, isPath, localFunction, queryReadsFromCalls, resolveHandler, statusValue, type HandlerFacts } from './handler.js';
import { DYNAMIC_STATUS, HTTP_METHODS, type FunctionNode, type HttpMethod, type PathValue } from './model.js';

const ROUTE_FILE = /\/route\.(?:[cm]?[jt]sx?)$/;
const PAGES_API_FILE = /\/pages\/api\/(.+)\.(?:[cm]?[jt]sx?)$/;
export const NEXT_OWNER = '#next';

/**
 * The URL path of an App Router `route.ts` from its folders, given the file's
 * path relative to the project (so a checkout under `/app` is not mistaken
 * for the app directory): the folders after the first `app` folder; route
 * groups `(name)` and parallel slots `@name` add nothing; `_private` folders
 * are not routable. Undefined when the file is not a route file.
 */
export function appRouterPath(file: string): string | undefined {
  const filename = `/${file.replace(/^\/+/, '')}`;
  if (!ROUTE_FILE.test(filename)) return undefined;
  const folders = filename.split('/').slice(1, -1);
  const app = folders.indexOf('app');
  if (app < 0) return undefined;
  const routeFolders = folders.slice(app + 1);
  if (routeFolders.some((folder) => folder.startsWith('_'))) return undefined;
  const segments = routeFolders.filter((folder) => !/^\(.*\)$/.test(folder) && !folder.startsWith('@'));
  return `/${segments.join('/')}`;
}

/** Pages Router API routes: `pages/api/users/[id].ts` → `/api/users/[id]`. */
export function pagesApiPath(file: string): string | undefined {
  const match = PAGES_API_FILE.exec(`/${file.replace(/^\/+/, '')}`);
  if (match?.[1] === undefined) return undefined;
  const segments = match[1].split('/');
  if (segments[segments.length - 1] === 'index') segments.pop();
  return `/${['api', ...segments].join('/')}`;
}

/** Next.js route handlers: exported `GET`/`POST`/… of `app/**\/route.ts`, and `pages/api`. */
export const nextAdapter: Adapter = {
  framework: 'next',
  detects: ({ projectFilename }) => appRouterPath(projectFilename) !== undefined || pagesApiPath(projectFilename) !== undefined,
  collect(input, model) {
    const appPath = appRouterPath(input.projectFilename);
    const pagesPath = appPath === undefined ? pagesApiPath(input.projectFilename) : undefined;
    model.roots.add(NEXT_OWNER);
    const push = (methods: HttpMethod[], path: string, node: TSESTree.Node, handler: FunctionNode | undefined): void => {
      const value: PathValue = { text: path, known: true };
      model.routes.push({
        framework: 'next',
        methods,
        path: value,
        pathNode: undefined,
        prefix: { text: '', known: true },
        prefixComplete: true,
        owner: NEXT_OWNER,
        node,
        handlers: handler === undefined ? [] : [handler],
        handler,
        ...(handler === undefined ? emptyFacts() : analyzeHandler(handler)),
      });
    };
    for (const statement of input.program.body) {
      if (pagesPath !== undefined && statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
        push(['ALL'], pagesPath, statement, resolveHandler(statement.declaration, input.program));
      }
      if (appPath === undefined || statement.type !== AST_NODE_TYPES.ExportNamedDeclaration) continue;
      const declaration = statement.declaration;
      if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id != null && isMethod(declaration.id.name)) {
        push([declaration.id.name as HttpMethod], appPath, declaration.id, declaration);
      }
      if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
        for (const declarator of declaration.declarations) {
          // export const { GET, POST } = handlers (auth libraries hand out their handlers this way)
          if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
            for (const property of declarator.id.properties) {
              const name = property.type === AST_NODE_TYPES.Property ? propertyName(property.key) : undefined;
              if (name !== undefined && isMethod(name)) push([name as HttpMethod], appPath, property, undefined);
            }
            continue;
          }
          if (declarator.id.type !== AST_NODE_TYPES.Identifier || !isMethod(declarator.id.name)) continue;
          push([declarator.id.name as HttpMethod], appPath, declarator.id, declarator.init == null ? undefined : resolveHandler(declarator.init, input.program));
        }
      }
      // export { handler as GET, handler as POST }
      for (const specifier of statement.specifiers) {
        const exported = propertyName(specifier.exported);
        const local = propertyName(specifier.local);
        if (exported === undefined || local === undefined || !isMethod(exported)) continue;
        push([exported as HttpMethod], appPath, specifier, statement.source == null ? localFunction(local, input.program) : undefined);
      }
    }
  },
};

function isMethod(name: string): boolean {
  return (HTTP_METHODS as readonly string[]).includes(name);
}

/** `searchParams.get('x')` reads and `NextResponse.json(body, { status })` answers. */
export function analyzeHandler(fn: FunctionNode): HandlerFacts {
  const facts = emptyFacts();
  facts.queryReads = queryReadsFromCalls(fn.body, (callee) => {
    if (callee.type !== AST_NODE_TYPES.MemberExpression || !['get', 'getAll', 'has'].includes(memberName(callee) ?? '')) return false;
    const object = unwrap(callee.object);
    return (object.type === AST_NODE_TYPES.Identifier && object.name === 'searchParams') || (object.type === AST_NODE_TYPES.MemberExpression && memberName(object) === 'searchParams');
  });
  const index = bodyIndex(fn.body);
  for (const node of index.calls) {
    if (node.callee.type === AST_NODE_TYPES.MemberExpression && memberName(node.callee) === 'json') {
      if (!isPath(node.callee.object, ['NextResponse']) && !isPath(node.callee.object, ['Response'])) continue;
      const body = node.arguments[0];
      if (body === undefined) continue;
      const status = initStatus(node.arguments[1]);
      if (status !== undefined && status.code !== DYNAMIC_STATUS) facts.statuses.push(status);
      facts.bodies.push({ node: body, status: status?.code, defaultStatus: 200, json: true, contentType: 'application/json', afterCheck: isAfterCheck(node, fn) });
    }
  }
  for (const node of index.news) {
    if (isPath(node.callee, ['NextResponse']) || isPath(node.callee, ['Response'])) {
      const status = initStatus(node.arguments[1]);
      if (status !== undefined && status.code !== DYNAMIC_STATUS) facts.statuses.push(status);
    }
  }
  return facts;
}

function initStatus(node: TSESTree.Node | undefined): { code: number; node: TSESTree.Node } | undefined {
  const init = node === undefined ? undefined : unwrap(node);
  if (init?.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  const value = propertyValue(init, 'status');
  if (value === undefined) return undefined;
  return { code: statusValue(value) ?? DYNAMIC_STATUS, node: value };
}
