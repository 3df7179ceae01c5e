import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { isItemPath } from '../../src/conventions/paths.js';
import { keyName, unwrap } from '../routes/ast.js';
import { fullPath } from '../routes/index.js';
import { effectiveStatus, hasKeyDeep, isListExpression, looksLikeError } from '../util/bodies.js';
import { createRule } from '../util/create-rule.js';
import { parsedPath } from '../util/path-units.js';
import { isExempt, isTurnedOff, modelOf, projectOf } from '../util/project.js';

export const RULE_NAME = 'cursor-pagination';

type Options = [{ cursorParam?: string; limitParam?: string; nextCursorProperty?: string; offsetParams?: string[] }];

export default createRule<Options, 'offsetParam' | 'missingNextCursor'>({
  name: RULE_NAME,
  meta: {
    type: 'suggestion',
    docs: { description: 'List handlers paginate with a cursor: they read `cursor`/`limit` and return `next_cursor`.', level: 'error', recommended: true },
    messages: {
      offsetParam: 'List handler reads `{{name}}`: paginate with `{{cursor}}` and `{{limit}}` instead of offsets or pages.',
      missingNextCursor: 'List response has no `{{property}}`; return the cursor of the next page.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          cursorParam: { type: 'string', minLength: 1 },
          limitParam: { type: 'string', minLength: 1 },
          nextCursorProperty: { type: 'string', minLength: 1 },
          offsetParams: { type: 'array', items: { type: 'string', minLength: 1 } },
        },
      },
    ],
  },
  defaultOptions: [{}],
  create(context, [options]) {
    const project = projectOf(context);
    if (isTurnedOff(project, RULE_NAME)) return {};
    const pagination = project.config.conventions.pagination;
    const cursor = options.cursorParam ?? pagination.cursor_param;
    const limit = options.limitParam ?? pagination.limit_param;
    const nextCursor = options.nextCursorProperty ?? pagination.next_cursor_property;
    const offsets = new Set(options.offsetParams ?? pagination.offset_params);
    const envelopeKey = project.config.conventions.envelope_key;
    return {
      Program() {
        const seen = new Set<unknown>();
        for (const route of modelOf(context).routes) {
          if (!route.methods.includes('GET') && !route.methods.includes('ALL')) continue;
          const path = fullPath(route);
          if (!path.known || isItemPath(parsedPath(path.text, project.config.conventions.version_pattern))) continue;
          if (isExempt(project, RULE_NAME, { path: path.text })) continue;
          for (const read of route.queryReads) {
            if (seen.has(read.node) || !offsets.has(read.name)) continue;
            seen.add(read.node);
            context.report({ node: read.node, messageId: 'offsetParam', data: { name: read.name, cursor, limit } });
          }
          for (const body of route.bodies) {
            const status = effectiveStatus(body);
            if (seen.has(body.node) || !body.json || status === undefined || status >= 300 || looksLikeError(body, envelopeKey)) continue;
            const node = unwrap(body.node);
            if (node.type !== AST_NODE_TYPES.ObjectExpression) continue;
            const data = node.properties.find((property) => property.type === AST_NODE_TYPES.Property && keyName(property) === envelopeKey);
            const hasSpread = node.properties.some((property) => property.type === AST_NODE_TYPES.SpreadElement);
            if (data?.type !== AST_NODE_TYPES.Property || hasSpread || !isListExpression(data.value, project.vocabulary)) continue;
            if (hasKeyDeep(node, nextCursor)) continue;
            seen.add(body.node);
            context.report({ node: body.node, messageId: 'missingNextCursor', data: { property: nextCursor } });
          }
        }
      },
    };
  },
});
