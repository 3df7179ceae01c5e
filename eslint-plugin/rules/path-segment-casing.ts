import type { CasingStyle } from '../../src/conventions/words.js';
import { matchesCasingMemo, toCasingMemo } from '../util/memo-casing.js';
import { createRule } from '../util/create-rule.js';
import { casingOptionsSchema } from '../util/options.js';
import { pathUnits, replaceInPath, staticSegments } from '../util/path-units.js';
import { isExempt, isTurnedOff, modelOf, projectOf } from '../util/project.js';

export const RULE_NAME = 'path-segment-casing';

type Options = [{ casing?: CasingStyle }];

export default createRule<Options, 'casing' | 'rename'>({
  name: RULE_NAME,
  meta: {
    type: 'suggestion',
    docs: { description: 'Static route path segments use the configured casing (snake_case by default).', level: 'error', recommended: true },
    hasSuggestions: true,
    messages: {
      casing: 'Path segment `{{segment}}` is not {{style}}; write `{{suggestion}}`.',
      rename: 'Rename the segment to `{{suggestion}}`.',
    },
    schema: [casingOptionsSchema],
  },
  defaultOptions: [{}],
  create(context, [options]) {
    const project = projectOf(context);
    if (isTurnedOff(project, RULE_NAME)) return {};
    const style = options.casing ?? project.config.conventions.casing.path_segments;
    return {
      Program() {
        for (const unit of pathUnits(modelOf(context), project.config.conventions.version_pattern)) {
          if (isExempt(project, RULE_NAME, { path: unit.exemptionPath })) continue;
          for (const segment of staticSegments(unit.parsed)) {
            // representations (`otlpv1`) keep their spelling
            if (matchesCasingMemo(segment.value, style) || project.vocabulary.isRepresentation(segment.value)) continue;
            const suggestion = toCasingMemo(segment.value, style);
            if (suggestion === '' || suggestion === segment.value) continue;
            const fix = replaceInPath(context.sourceCode, unit.node, segment.value, suggestion);
            context.report({
              node: unit.reportNode,
              messageId: 'casing',
              data: { segment: segment.value, style, suggestion },
              suggest: fix === undefined ? [] : [{ messageId: 'rename', data: { suggestion }, fix }],
            });
          }
        }
      },
    };
  },
});
