import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { propertyName, unwrap } from './ast.js';

export interface ImportBinding {
  source: string;
  /** `default` (also a CommonJS `module.exports`), `*`, or the exported name. */
  imported: string;
}

export interface ModuleInfo {
  /** Every module specifier the file imports or requires, anywhere. */
  sources: Set<string>;
  bindings: Map<string, ImportBinding>;
  /** Exported name → the owner id it exports (see `ownerIdOf`). */
  exports: Map<string, string>;
}

export const DEFAULT_EXPORT_OWNER = '#default';

export function requireSource(node: TSESTree.Node): string | undefined {
  const inner = unwrap(node);
  if (inner.type === AST_NODE_TYPES.CallExpression && inner.callee.type === AST_NODE_TYPES.Identifier && inner.callee.name === 'require') {
    return propertyName(inner.arguments[0]);
  }
  if (inner.type === AST_NODE_TYPES.ImportExpression) return propertyName(inner.source);
  return undefined;
}

/**
 * Imports, requires and exports of a file. Only top-level bindings are
 * recorded; specifiers are collected from the whole file so a nested
 * `register(require('./v1'))` still counts as an import.
 */
export function scanModule(program: TSESTree.Program): ModuleInfo {
  const sources = new Set<string>();
  const bindings = new Map<string, ImportBinding>();
  const exports = new Map<string, string>();

  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      const source = statement.source.value;
      sources.add(source);
      for (const specifier of statement.specifiers) {
        if (specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier) bindings.set(specifier.local.name, { source, imported: 'default' });
        else if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) bindings.set(specifier.local.name, { source, imported: '*' });
        else bindings.set(specifier.local.name, { source, imported: propertyName(specifier.imported) ?? specifier.local.name });
      }
      continue;
    }
    const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of declaration.declarations) {
        const source = declarator.init == null ? undefined : requireSource(declarator.init);
        if (source === undefined) continue;
        if (declarator.id.type === AST_NODE_TYPES.Identifier) bindings.set(declarator.id.name, { source, imported: 'default' });
        if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
          for (const property of declarator.id.properties) {
            if (property.type !== AST_NODE_TYPES.Property || property.value.type !== AST_NODE_TYPES.Identifier) continue;
            bindings.set(property.value.name, { source, imported: propertyName(property.key) ?? property.value.name });
          }
        }
      }
    }
    collectExports(statement, exports);
  }

  // requires and re-exports at the top level; a nested `register(require('./v1'))` is read where it is used
  for (const statement of program.body) {
    if ((statement.type === AST_NODE_TYPES.ExportNamedDeclaration || statement.type === AST_NODE_TYPES.ExportAllDeclaration) && statement.source != null) {
      sources.add(statement.source.value);
    }
    const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    const expressions: TSESTree.Node[] = [];
    if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of declaration.declarations) if (declarator.init != null) expressions.push(declarator.init);
    } else if (declaration?.type === AST_NODE_TYPES.ExpressionStatement) {
      expressions.push(declaration.expression);
    }
    for (const expression of expressions) {
      // `require('express')`, `require('express')()`, `require('express').Router()`, `require('koa-router')()`
      let current: TSESTree.Node = unwrap(expression);
      for (let depth = 0; depth < 4; depth += 1) {
        const source = requireSource(current);
        if (source !== undefined) {
          sources.add(source);
          break;
        }
        if (current.type === AST_NODE_TYPES.CallExpression || current.type === AST_NODE_TYPES.NewExpression) current = unwrap(current.callee);
        else if (current.type === AST_NODE_TYPES.MemberExpression) current = unwrap(current.object);
        else break;
      }
    }
  }

  return { sources, bindings, exports };
}

function collectExports(statement: TSESTree.ProgramStatement, exports: Map<string, string>): void {
  if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
    const declaration = statement.declaration;
    if (declaration.type === AST_NODE_TYPES.Identifier) exports.set('default', declaration.name);
    else if ((declaration.type === AST_NODE_TYPES.FunctionDeclaration || declaration.type === AST_NODE_TYPES.ClassDeclaration) && declaration.id != null) {
      exports.set('default', declaration.id.name);
    } else exports.set('default', DEFAULT_EXPORT_OWNER);
    return;
  }
  if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration) {
    if (statement.source != null) return;
    const declaration = statement.declaration;
    if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of declaration.declarations) {
        if (declarator.id.type === AST_NODE_TYPES.Identifier) exports.set(declarator.id.name, declarator.id.name);
      }
    } else if ((declaration?.type === AST_NODE_TYPES.FunctionDeclaration || declaration?.type === AST_NODE_TYPES.ClassDeclaration) && declaration.id != null) {
      exports.set(declaration.id.name, declaration.id.name);
    }
    for (const specifier of statement.specifiers) {
      const local = propertyName(specifier.local);
      const exported = propertyName(specifier.exported);
      if (local !== undefined && exported !== undefined) exports.set(exported, local);
    }
    return;
  }
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return;
  const expression = statement.expression;
  if (expression.type !== AST_NODE_TYPES.AssignmentExpression || expression.operator !== '=') return;
  const target = commonJsExportName(expression.left);
  if (target === undefined) return;
  const value = unwrap(expression.right);
  if (target === 'default' && value.type === AST_NODE_TYPES.ObjectExpression) {
    for (const property of value.properties) {
      if (property.type !== AST_NODE_TYPES.Property || property.value.type !== AST_NODE_TYPES.Identifier) continue;
      const name = propertyName(property.key);
      if (name !== undefined) exports.set(name, property.value.name);
    }
    return;
  }
  exports.set(target, exportedOwnerOf(value, target));
}

/** The owner id a CommonJS export refers to: a name, or the anonymous export. */
function exportedOwnerOf(value: TSESTree.Node, target: string): string {
  if (value.type === AST_NODE_TYPES.Identifier) return value.name;
  if (value.type === AST_NODE_TYPES.FunctionExpression && value.id != null) return value.id.name;
  // `module.exports = router.routes()` exports the router
  if (value.type === AST_NODE_TYPES.CallExpression && value.callee.type === AST_NODE_TYPES.MemberExpression) {
    const object = unwrap(value.callee.object);
    if (object.type === AST_NODE_TYPES.Identifier && ['routes', 'middleware'].includes(propertyName(value.callee.property) ?? '')) return object.name;
  }
  return target === 'default' ? DEFAULT_EXPORT_OWNER : `#export:${target}`;
}

/** `module.exports` → default; `module.exports.x` / `exports.x` → x. */
function commonJsExportName(node: TSESTree.Node): string | undefined {
  if (node.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const object = node.object;
  const name = propertyName(node.property);
  if (object.type === AST_NODE_TYPES.Identifier && object.name === 'module' && name === 'exports') return 'default';
  if (object.type === AST_NODE_TYPES.Identifier && object.name === 'exports') return name;
  if (object.type === AST_NODE_TYPES.MemberExpression && commonJsExportName(object) === 'default') return name;
  return undefined;
}

/**
 * The owner id of the value an expression builds: the const it is bound to,
 * the anonymous default export, or its position in the file.
 */
export function ownerIdOf(expression: TSESTree.Node): string {
  let top: TSESTree.Node = expression;
  for (;;) {
    const parent = top.parent;
    if (parent == null) break;
    if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === top) top = parent;
    else if (parent.type === AST_NODE_TYPES.CallExpression && parent.callee === top) top = parent;
    else if (
      (parent.type === AST_NODE_TYPES.TSAsExpression || parent.type === AST_NODE_TYPES.AwaitExpression || parent.type === AST_NODE_TYPES.TSSatisfiesExpression)
    ) top = parent;
    else break;
  }
  const parent = top.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) return parent.id.name;
  if (parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration) return DEFAULT_EXPORT_OWNER;
  if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === top) {
    const target = commonJsExportName(parent.left);
    if (target === 'default') return DEFAULT_EXPORT_OWNER;
    if (target !== undefined) return `#export:${target}`;
    if (parent.left.type === AST_NODE_TYPES.Identifier) return parent.left.name;
  }
  return `#${top.range[0]}`;
}

export function importsAny(module: ModuleInfo, test: (source: string) => boolean): boolean {
  for (const source of module.sources) if (test(source)) return true;
  return false;
}
