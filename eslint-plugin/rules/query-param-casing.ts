import type { CasingStyle } from '../../src/conventions/words.js';
import { matchesCasingMemo, toCasingMemo } from '../util/memo-casing.js';
import { fullPath } from '../routes/index.js';
import { createRule } from '../util/create-rule.js';
import { casingOptionsSchema } from '../util/options.js';
import { isExempt, isTurnedOff, modelOf, projectOf } from '../util/project.js';

export const RULE_NAME = 'query-param-casing';

type Options = [{ casing?: CasingStyle }];

export default createRule<Options, 'casing' | 'rename'>({
  name: RULE_NAME,
  meta: {
    type: 'suggestion',
    docs: { description: 'Query parameters a handler reads use the configured casing (snake_case by default).', level: 'error', recommended: true },
    hasSuggestions: true,
    messages: {
      casing: 'Query parameter `{{name}}` is not {{style}}; clients should send `{{suggestion}}`.',
      rename: 'Read `{{suggestion}}` instead.',
    },
    schema: [casingOptionsSchema],
  },
  defaultOptions: [{}],
  create(context, [options]) {
    const project = projectOf(context);
    if (isTurnedOff(project, RULE_NAME)) return {};
    const style = options.casing ?? project.config.conventions.casing.query_params;
    return {
      Program() {
        const seen = new Set<unknown>();
        for (const route of modelOf(context).routes) {
          if (isExempt(project, RULE_NAME, { path: fullPath(route).text })) continue;
          for (const read of route.queryReads) {
            if (seen.has(read.node)) continue;
            seen.add(read.node);
            if (matchesCasingMemo(read.name, style)) continue;
            const suggestion = toCasingMemo(read.name, style);
            if (suggestion === '' || suggestion === read.name) continue;
            const rename = read.rename;
            context.report({
              node: read.node,
              messageId: 'casing',
              data: { name: read.name, style, suggestion },
              suggest:
                rename === undefined
                  ? []
                  : [{ messageId: 'rename', data: { suggestion }, fix: (fixer) => { const edit = rename(suggestion); return fixer.replaceText(edit.node, edit.text); } }],
            });
          }
        }
      },
    };
  },
});
