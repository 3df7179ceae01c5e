import { dirname } from 'node:path';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode, unwrap } from '../routes/ast.js';
import type { FunctionNode, Route } from '../routes/model.js';
import { createRule } from '../util/create-rule.js';
import { declaredMajor } from '../util/packages.js';
import { fullPath } from '../routes/index.js';
import { isExempt, isTurnedOff, modelOf, projectOf } from '../util/project.js';

export const RULE_NAME = 'async-handler';

type Options = [{ expressVersion?: 4 | 5 }];

export default createRule<Options, 'notAsync' | 'needsWrapper' | 'makeAsync'>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: { description: 'Route handlers are async; on Express 4, which drops rejected promises, they are wrapped in an error-forwarding wrapper.', level: 'warning', recommended: true },
    hasSuggestions: true,
    messages: {
      notAsync: 'Route handler is not async; make it async so errors and awaits behave the same in every handler.',
      needsWrapper: 'Express {{version}} does not forward a rejected promise to the error handler; wrap this handler (e.g. `asyncHandler(async (req, res) => …)`).',
      makeAsync: 'Make the handler async.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: { expressVersion: { type: 'integer', enum: [4, 5] } },
      },
    ],
  },
  defaultOptions: [{}],
  create(context, [options]) {
    const project = projectOf(context);
    if (isTurnedOff(project, RULE_NAME)) return {};
    const expressVersion = (): number | undefined =>
      options.expressVersion ?? project.config.eslint.express_version ?? declaredMajor(dirname(context.filename), 'express');
    const asyncFix = (fn: FunctionNode) => (fixer: TSESLint.RuleFixer): TSESLint.RuleFix => {
      const method = fn.parent?.type === AST_NODE_TYPES.MethodDefinition ? fn.parent : undefined;
      if (method !== undefined) return fixer.insertTextBefore(method.key, 'async ');
      if (fn.type === AST_NODE_TYPES.FunctionDeclaration || fn.type === AST_NODE_TYPES.FunctionExpression) {
        if (fn.parent?.type === AST_NODE_TYPES.Property && fn.parent.method) return fixer.insertTextBefore(fn.parent.key, 'async ');
        return fixer.insertTextBefore(fn, 'async ');
      }
      return fixer.insertTextBefore(fn, 'async ');
    };
    return {
      Program() {
        const seen = new Set<TSESTree.Node>();
        for (const route of modelOf(context).routes) {
          const argument = route.handlers[route.handlers.length - 1];
          if (argument === undefined) continue;
          const written = unwrap(argument);
          const fn = route.handler;
          if (fn === undefined || seen.has(fn) || fn.generator || isExempt(project, RULE_NAME, { path: fullPath(route).text })) continue;
          seen.add(fn);
          if (route.framework === 'express') {
            const version = expressVersion();
            if (version === undefined) continue;
            if (version < 5) {
              // a wrapper call (`asyncHandler(fn)`) is what forwards errors on Express 4
              if (written.type !== AST_NODE_TYPES.CallExpression) context.report({ node: reportNodeOf(route, fn), messageId: 'needsWrapper', data: { version: String(version) } });
              continue;
            }
          }
          if (fn.async || !isFunctionNode(fn)) continue;
          context.report({ node: reportNodeOf(route, fn), messageId: 'notAsync', suggest: [{ messageId: 'makeAsync', fix: asyncFix(fn) }] });
        }
      },
    };
  },
});

function reportNodeOf(route: Route, fn: FunctionNode): TSESTree.Node {
  if (fn.parent?.type === AST_NODE_TYPES.MethodDefinition) return fn.parent.key;
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id != null) return fn.id;
  return route.framework === 'next' ? route.node : fn;
}
