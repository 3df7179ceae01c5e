import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import type { CasingStyle } from '../../src/conventions/words.js';
import { matchesCasingMemo, toCasingMemo } from '../util/memo-casing.js';
import { keyName, unwrap } from '../routes/ast.js';
import { fullPath } from '../routes/index.js';
import { createRule } from '../util/create-rule.js';
import { casingOptionsSchema } from '../util/options.js';
import { isExempt, isTurnedOff, modelOf, projectOf } from '../util/project.js';

export const RULE_NAME = 'response-key-casing';

type Options = [{ casing?: CasingStyle }];

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export default createRule<Options, 'casing' | 'rename'>({
  name: RULE_NAME,
  meta: {
    type: 'suggestion',
    docs: { description: 'Object-literal keys in JSON response bodies use the configured casing (snake_case by default).', level: 'error', recommended: true },
    hasSuggestions: true,
    messages: {
      casing: 'Response key `{{key}}` is not {{style}}; write `{{suggestion}}`.',
      rename: 'Rename the key to `{{suggestion}}`.',
    },
    schema: [casingOptionsSchema],
  },
  defaultOptions: [{}],
  create(context, [options]) {
    const project = projectOf(context);
    if (isTurnedOff(project, RULE_NAME)) return {};
    const style = options.casing ?? project.config.conventions.casing.properties;
    const checkObject = (node: TSESTree.ObjectExpression, seen: Set<TSESTree.Node>): void => {
      for (const property of node.properties) {
        if (property.type !== AST_NODE_TYPES.Property) continue;
        const key = keyName(property);
        if (key !== undefined && !property.computed && !seen.has(property.key) && !matchesCasingMemo(key, style)) {
          seen.add(property.key);
          const suggestion = toCasingMemo(key, style);
          if (suggestion !== '' && suggestion !== key) {
            const written = IDENTIFIER.test(suggestion) ? suggestion : JSON.stringify(suggestion);
            const value = property.value;
            context.report({
              node: property.key,
              messageId: 'casing',
              data: { key, style, suggestion },
              suggest: [
                {
                  messageId: 'rename',
                  data: { suggestion },
                  fix: (fixer) =>
                    property.shorthand && value.type === AST_NODE_TYPES.Identifier
                      ? fixer.replaceText(property, `${written}: ${value.name}`)
                      : fixer.replaceText(property.key, written),
                },
              ],
            });
          }
        }
        visit(property.value, seen);
      }
    };
    const visit = (node: TSESTree.Node, seen: Set<TSESTree.Node>): void => {
      const inner = unwrap(node);
      if (inner.type === AST_NODE_TYPES.ObjectExpression) checkObject(inner, seen);
      if (inner.type === AST_NODE_TYPES.ArrayExpression) for (const element of inner.elements) if (element !== null) visit(element, seen);
    };
    return {
      Program() {
        const seen = new Set<TSESTree.Node>();
        for (const route of modelOf(context).routes) {
          const path = fullPath(route).text;
          for (const body of route.bodies) {
            if (!body.json || isExempt(project, RULE_NAME, { path, mediaType: body.contentType })) continue;
            visit(body.node, seen);
          }
        }
      },
    };
  },
});
