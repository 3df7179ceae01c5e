import type { CasingStyle } from '../../src/conventions/words.js';
import { matchesCasingMemo, toCasingMemo } from '../util/memo-casing.js';
import { createRule } from '../util/create-rule.js';
import { casingOptionsSchema } from '../util/options.js';
import { pathUnits, replaceInPath } from '../util/path-units.js';
import { isExempt, isTurnedOff, modelOf, projectOf } from '../util/project.js';

export const RULE_NAME = 'path-param-casing';

type Options = [{ casing?: CasingStyle }];

export default createRule<Options, 'casing' | 'rename'>({
  name: RULE_NAME,
  meta: {
    type: 'suggestion',
    docs: { description: 'Route path parameters use the configured casing (snake_case by default).', level: 'error', recommended: true },
    hasSuggestions: true,
    messages: {
      casing: 'Path parameter `{{param}}` is not {{style}}; write `{{suggestion}}`.',
      rename: 'Rename the parameter to `{{suggestion}}` (and where the handler reads it).',
    },
    schema: [casingOptionsSchema],
  },
  defaultOptions: [{}],
  create(context, [options]) {
    const project = projectOf(context);
    if (isTurnedOff(project, RULE_NAME)) return {};
    const style = options.casing ?? project.config.conventions.casing.path_params;
    return {
      Program() {
        for (const unit of pathUnits(modelOf(context), project.config.conventions.version_pattern)) {
          if (isExempt(project, RULE_NAME, { path: unit.exemptionPath })) continue;
          for (const param of new Set(unit.parsed.params)) {
            if (param === '' || matchesCasingMemo(param, style)) continue;
            const suggestion = toCasingMemo(param, style);
            if (suggestion === '' || suggestion === param) continue;
            const fix = replaceInPath(context.sourceCode, unit.node, param, suggestion);
            context.report({
              node: unit.reportNode,
              messageId: 'casing',
              data: { param, style, suggestion },
              suggest: fix === undefined ? [] : [{ messageId: 'rename', data: { suggestion }, fix }],
            });
          }
        }
      },
    };
  },
});
