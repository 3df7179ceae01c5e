import { isNamespaceSegment } from '../../src/conventions/route-paths.js';
import { createRule } from '../util/create-rule.js';
import { pathUnits, replaceInPath, staticSegments } from '../util/path-units.js';
import { isExempt, isTurnedOff, modelOf, projectOf } from '../util/project.js';

export const RULE_NAME = 'path-segments-plural';

type Options = [{ singletons?: string[] }];

export default createRule<Options, 'singular' | 'usePlural'>({
  name: RULE_NAME,
  meta: {
    type: 'suggestion',
    docs: { description: 'Collection segments in route paths are plural nouns.', level: 'warning', recommended: true },
    hasSuggestions: true,
    messages: {
      singular: 'Path segment `{{segment}}` is singular; collections are plural (`{{plural}}`), or list it in `conventions.singletons` if it exists once.',
      usePlural: 'Rename the segment to `{{plural}}`.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: { singletons: { type: 'array', items: { type: 'string', minLength: 1 } } },
      },
    ],
  },
  defaultOptions: [{}],
  create(context, [options]) {
    const project = projectOf(context);
    if (isTurnedOff(project, RULE_NAME)) return {};
    const extraSingletons = new Set((options.singletons ?? []).map((word) => word.toLowerCase()));
    return {
      Program() {
        const model = modelOf(context);
        for (const unit of pathUnits(model, project.config.conventions.version_pattern)) {
          if (isExempt(project, RULE_NAME, { path: unit.exemptionPath })) continue;
          for (const segment of staticSegments(unit.parsed)) {
            if (extraSingletons.has(segment.value.toLowerCase()) || isNamespaceSegment(unit.parsed, segment)) continue;
            const judgement = project.vocabulary.classifySegment(segment.value);
            if (judgement.kind !== 'singular' || judgement.plural === undefined) continue;
            const plural = judgement.plural;
            const fix = replaceInPath(context.sourceCode, unit.node, segment.value, plural);
            context.report({
              node: unit.reportNode,
              messageId: 'singular',
              data: { segment: segment.value, plural },
              suggest: fix === undefined ? [] : [{ messageId: 'usePlural', data: { plural }, fix }],
            });
          }
        }
      },
    };
  },
});
