import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { eachNode, isAfterCheck, propertyName, staticString, unwrap } from './ast.js';
import type { Adapter, AdapterInput } from './adapter.js';
import { propertyValue } from './fastify.js';
import { bodyIndex, contentTypeOf, emptyFacts, isJsonType, returnedValues, statusValue, type HandlerFacts } from './handler.js';
import { DYNAMIC_STATUS, type ChildRef, type FileModel, type FunctionNode, type HttpMethod, type PathValue } from './model.js';

const METHOD_DECORATORS = new Map<string, HttpMethod>([
  ['Get', 'GET'], ['Post', 'POST'], ['Put', 'PUT'], ['Patch', 'PATCH'], ['Delete', 'DELETE'],
  ['All', 'ALL'], ['Head', 'HEAD'], ['Options', 'OPTIONS'],
]);
/** The owner id every RouterModule path hangs from. */
export const NEST_ROUTER_ROOT = '#nest-router';

/** NestJS: `@Controller` classes, method decorators, `@Module`, `RouterModule.register`, `setGlobalPrefix`. */
export const nestAdapter: Adapter = {
  framework: 'nest',
  detects: ({ module }) => module.sources.has('@nestjs/common') || module.sources.has('@nestjs/core'),
  collect(input, model) {
    const decorators = new Map<string, string>();
    for (const [local, binding] of input.module.bindings) if (binding.source === '@nestjs/common') decorators.set(local, binding.imported);
    const visit = (node: TSESTree.Node): void => {
      if (node.type === AST_NODE_TYPES.ClassDeclaration && node.id != null) {
        collectController(input, model, node, node.id.name, decorators);
        collectModule(input, model, node, node.id.name, decorators);
      }
      if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.MemberExpression) {
        const object = unwrap(node.callee.object);
        const name = propertyName(node.callee.property);
        if (object.type === AST_NODE_TYPES.Identifier && object.name === 'RouterModule' && name === 'register') collectRouterModule(input, model, node.arguments[0], NEST_ROUTER_ROOT);
        if (name === 'setGlobalPrefix' && node.arguments[0] !== undefined) {
          model.mounts.push({ owner: NEST_ROUTER_ROOT, prefix: staticString(node.arguments[0], input.consts), child: { kind: 'local', name: '*' }, node, global: true });
        }
      }
    };
    eachNode(input.nodes().classes, visit);
    eachNode(input.nodes().calls, visit);
  },
};

interface DecoratorCall {
  name: string;
  args: TSESTree.CallExpressionArgument[];
  node: TSESTree.Decorator;
}

function decoratorsOf(node: { decorators?: TSESTree.Decorator[] }, names: Map<string, string>): DecoratorCall[] {
  const calls: DecoratorCall[] = [];
  for (const decorator of node.decorators ?? []) {
    const expression = decorator.expression;
    if (expression.type !== AST_NODE_TYPES.CallExpression || expression.callee.type !== AST_NODE_TYPES.Identifier) continue;
    const imported = names.get(expression.callee.name);
    if (imported !== undefined) calls.push({ name: imported, args: expression.arguments, node: decorator });
  }
  return calls;
}

function versionOf(node: TSESTree.Node | undefined, input: AdapterInput): string[] {
  if (node === undefined) return [];
  const inner = unwrap(node);
  if (inner.type === AST_NODE_TYPES.ArrayExpression) return inner.elements.flatMap((element) => (element === null ? [] : versionOf(element, input)));
  const value = staticString(inner, input.consts);
  return value.known ? [value.text] : [];
}

function collectController(input: AdapterInput, model: FileModel, node: TSESTree.ClassDeclaration, name: string, names: Map<string, string>): void {
  const controller = decoratorsOf(node, names).find((decorator) => decorator.name === 'Controller');
  if (controller === undefined) return;
  let prefix: PathValue = { text: '', known: true };
  let versions: string[] = [];
  const argument = controller.args[0] === undefined ? undefined : unwrap(controller.args[0]);
  if (argument?.type === AST_NODE_TYPES.ObjectExpression) {
    const path = propertyValue(argument, 'path');
    if (path !== undefined) prefix = { ...staticString(path, input.consts), node: path };
    versions = versionOf(propertyValue(argument, 'version'), input);
  } else if (argument !== undefined && argument.type !== AST_NODE_TYPES.ArrayExpression) {
    prefix = { ...staticString(argument, input.consts), node: argument };
  }
  model.ownerPrefixes.set(name, prefix);
  for (const member of node.body.body) {
    if (member.type !== AST_NODE_TYPES.MethodDefinition || member.kind !== 'method' || member.value.type !== AST_NODE_TYPES.FunctionExpression) continue;
    const fn = member.value;
    const decorators = decoratorsOf(member, names);
    const methodDecorators = decorators.filter((decorator) => METHOD_DECORATORS.has(decorator.name));
    const methodVersions = versionOf(decorators.find((decorator) => decorator.name === 'Version')?.args[0], input);
    for (const decorator of methodDecorators) {
      const method = METHOD_DECORATORS.get(decorator.name) as HttpMethod;
      const pathArgument = decorator.args[0] === undefined ? undefined : unwrap(decorator.args[0]);
      const paths = pathArgument === undefined
        ? [{ value: { text: '', known: true }, node: decorator.node as TSESTree.Node }]
        : pathArgument.type === AST_NODE_TYPES.ArrayExpression
          ? pathArgument.elements.flatMap((element) => (element === null || element.type === AST_NODE_TYPES.SpreadElement ? [] : [{ value: staticString(element, input.consts), node: element as TSESTree.Node }]))
          : [{ value: staticString(pathArgument, input.consts), node: pathArgument as TSESTree.Node }];
      const effectiveVersions = methodVersions.length > 0 ? methodVersions : versions;
      for (const path of paths) {
        for (const version of effectiveVersions.length > 0 ? effectiveVersions : [undefined]) {
          model.routes.push({
            framework: 'nest',
            methods: [method],
            path: path.value,
            pathNode: pathArgument === undefined ? undefined : path.node,
            prefix: { text: '', known: true },
            prefixComplete: false,
            owner: name,
            node: decorator.node,
            handlers: [fn],
            handler: fn,
            ...analyzeMethod(fn, member, method, decorators, names),
            ...(version === undefined ? {} : { version }),
          });
        }
      }
    }
  }
}

function collectModule(input: AdapterInput, model: FileModel, node: TSESTree.ClassDeclaration, name: string, names: Map<string, string>): void {
  const module = decoratorsOf(node, names).find((decorator) => decorator.name === 'Module');
  const options = module?.args[0] === undefined ? undefined : unwrap(module.args[0]);
  if (options?.type !== AST_NODE_TYPES.ObjectExpression) return;
  const controllers = propertyValue(options, 'controllers');
  const list = controllers === undefined ? undefined : unwrap(controllers);
  if (list?.type !== AST_NODE_TYPES.ArrayExpression) return;
  for (const element of list.elements) {
    if (element?.type !== AST_NODE_TYPES.Identifier) continue;
    model.mounts.push({ owner: name, prefix: { text: '', known: true }, child: classRef(element.name, input), node: element });
  }
}

function classRef(name: string, input: AdapterInput): ChildRef {
  const binding = input.module.bindings.get(name);
  if (binding !== undefined && !binding.source.startsWith('@nestjs/')) return { kind: 'import', source: binding.source, imported: binding.imported };
  return { kind: 'local', name };
}

/** `RouterModule.register([{ path, module, children }])`, children nested under their parent's path. */
function collectRouterModule(input: AdapterInput, model: FileModel, node: TSESTree.Node | undefined, owner: string): void {
  if (node === undefined) return;
  let list = unwrap(node);
  if (list.type === AST_NODE_TYPES.Identifier) {
    const bound = routesConst(list.name, input.program);
    if (bound === undefined) return;
    list = bound;
  }
  if (list.type !== AST_NODE_TYPES.ArrayExpression) return;
  for (const element of list.elements) {
    if (element?.type !== AST_NODE_TYPES.ObjectExpression) continue;
    const path = propertyValue(element, 'path');
    const moduleNode = propertyValue(element, 'module');
    const prefix = path === undefined ? { text: '', known: true } : staticString(path, input.consts);
    // a module-less entry only groups its children under the path
    const moduleName = moduleNode?.type === AST_NODE_TYPES.Identifier ? moduleNode.name : `#nest-group@${element.range[0]}`;
    const child = moduleNode?.type === AST_NODE_TYPES.Identifier ? classRef(moduleName, input) : { kind: 'local' as const, name: moduleName };
    model.mounts.push({ owner, prefix, child, node: path ?? element });
    // children's paths are relative to their parent's
    const children = propertyValue(element, 'children');
    if (children !== undefined) collectRouterModule(input, model, children, moduleName);
  }
}

function routesConst(name: string, program: TSESTree.Program): TSESTree.Node | undefined {
  for (const statement of program.body) {
    const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    if (declaration?.type !== AST_NODE_TYPES.VariableDeclaration) continue;
    for (const declarator of declaration.declarations) {
      if (declarator.id.type === AST_NODE_TYPES.Identifier && declarator.id.name === name && declarator.init != null) return unwrap(declarator.init);
    }
  }
  return undefined;
}

function analyzeMethod(fn: FunctionNode, _member: TSESTree.MethodDefinition, method: HttpMethod, decorators: DecoratorCall[], names: Map<string, string>): HandlerFacts {
  const facts = emptyFacts();
  for (const param of fn.params) {
    const query = decoratorsOf(param as { decorators?: TSESTree.Decorator[] }, names).find((decorator) => decorator.name === 'Query');
    const argument = query?.args[0];
    if (argument?.type === AST_NODE_TYPES.Literal && typeof argument.value === 'string') {
      facts.queryReads.push({ name: argument.value, node: argument, rename: (newName) => ({ node: argument, text: JSON.stringify(newName) }) });
    }
  }
  const httpCode = decorators.find((decorator) => decorator.name === 'HttpCode');
  const status = httpCode?.args[0] === undefined ? undefined : (statusValue(httpCode.args[0]) ?? DYNAMIC_STATUS);
  if (status !== undefined && status !== DYNAMIC_STATUS && httpCode?.args[0] !== undefined) facts.statuses.push({ code: status, node: httpCode.args[0] });
  const header = decorators.find((decorator) => decorator.name === 'Header' && /^content-type$/i.test(propertyName(decorator.args[0]) ?? ''));
  const contentType = header === undefined ? undefined : contentTypeOf(header.args[1]);
  // with @Res() the method writes the response itself; @Redirect and @Render answer with no JSON
  const writesItself = fn.params.some((param) => decoratorsOf(param as { decorators?: TSESTree.Decorator[] }, names).some((decorator) => decorator.name === 'Res' || decorator.name === 'Response'));
  const skipsBody = writesItself || decorators.some((decorator) => decorator.name === 'Redirect' || decorator.name === 'Render' || decorator.name === 'Sse');
  if (!skipsBody) {
    const declaredList = returnsList(fn);
    for (const value of returnedValues(fn)) {
      facts.bodies.push({
        node: value,
        status,
        defaultStatus: method === 'POST' ? 201 : 200,
        json: isJsonType(contentType) && !isStreamable(value),
        contentType,
        afterCheck: isAfterCheck(value, fn),
        declaredList,
      });
    }
  }
  for (const node of bodyIndex(fn.body).news) {
    if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'HttpException') {
      const code = statusValue(node.arguments[1]);
      if (code !== undefined) facts.statuses.push({ code, node: node.arguments[1] as TSESTree.Node });
    }
  }
  return facts;
}

/** `(): User[]`, `Promise<User[]>`, `Observable<Array<User>>`: the method says it answers with a list. */
function returnsList(fn: FunctionNode): boolean {
  let type: TSESTree.TypeNode | undefined = fn.returnType?.typeAnnotation;
  for (let depth = 0; depth < 3 && type !== undefined; depth += 1) {
    if (type.type === AST_NODE_TYPES.TSArrayType) return true;
    if (type.type !== AST_NODE_TYPES.TSTypeReference || type.typeName.type !== AST_NODE_TYPES.Identifier) return false;
    const name = type.typeName.name;
    if (name === 'Array' || name === 'ReadonlyArray') return true;
    if (name !== 'Promise' && name !== 'Observable') return false;
    type = type.typeArguments?.params[0];
  }
  return false;
}

function isStreamable(node: TSESTree.Node): boolean {
  const inner = unwrap(node);
  return inner.type === AST_NODE_TYPES.NewExpression && inner.callee.type === AST_NODE_TYPES.Identifier && inner.callee.name === 'StreamableFile';
}

