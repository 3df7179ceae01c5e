import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { unwrap } from '../routes/ast.js';
import { fullPath } from '../routes/index.js';
import { effectiveStatus, isListExpression, looksLikeError, objectKeys } from '../util/bodies.js';
import { createRule } from '../util/create-rule.js';
import { isExempt, isTurnedOff, modelOf, projectOf } from '../util/project.js';

export const RULE_NAME = 'response-data-envelope';

type Options = [{ envelopeKey?: string }];

export default createRule<Options, 'array' | 'bareValue' | 'missingKey' | 'wrap'>({
  name: RULE_NAME,
  meta: {
    type: 'suggestion',
    docs: { description: 'JSON response bodies are objects with a top-level `data` key.', level: 'error', recommended: true },
    hasSuggestions: true,
    messages: {
      array: 'The response body is a list; wrap it: `{ {{key}}: [...] }`.',
      bareValue: 'The response body is a bare value; wrap it: `{ {{key}}: ... }`.',
      missingKey: 'The response body has no top-level `{{key}}` key.',
      wrap: 'Wrap the body in `{ {{key}}: ... }`.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: { envelopeKey: { type: 'string', minLength: 1 } },
      },
    ],
  },
  defaultOptions: [{}],
  create(context, [options]) {
    const project = projectOf(context);
    if (isTurnedOff(project, RULE_NAME)) return {};
    const key = options.envelopeKey ?? project.config.conventions.envelope_key;
    return {
      Program() {
        const seen = new Set<unknown>();
        for (const route of modelOf(context).routes) {
          const path = fullPath(route).text;
          for (const body of route.bodies) {
            if (seen.has(body.node)) continue;
            seen.add(body.node);
            const status = effectiveStatus(body);
            if (!body.json || status === undefined || status >= 300 || status === 204 || looksLikeError(body, key)) continue;
            if (isExempt(project, RULE_NAME, { path, mediaType: body.contentType })) continue;
            const node = unwrap(body.node);
            let messageId: 'array' | 'bareValue' | 'missingKey' | undefined;
            if (node.type === AST_NODE_TYPES.ObjectExpression) {
              const { names, hasSpread } = objectKeys(node);
              if (!hasSpread && !names.has(key)) messageId = 'missingKey';
            } else if (node.type === AST_NODE_TYPES.Literal || node.type === AST_NODE_TYPES.TemplateLiteral) {
              messageId = 'bareValue';
            } else if (body.declaredList === true || isListExpression(node, project.vocabulary)) {
              messageId = 'array';
            }
            if (messageId === undefined) continue;
            const text = context.sourceCode.getText(body.node);
            // an arrow's expression body needs parentheses to stay an object
            const parent = body.node.parent;
            const bareArrowBody =
              parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === body.node && context.sourceCode.getTokenBefore(body.node)?.value !== '(';
            const wrapped = bareArrowBody ? `({ ${key}: ${text} })` : `{ ${key}: ${text} }`;
            context.report({
              node: body.node,
              messageId,
              data: { key },
              suggest: [{ messageId: 'wrap', data: { key }, fix: (fixer) => fixer.replaceText(body.node, wrapped) }],
            });
          }
        }
      },
    };
  },
});
