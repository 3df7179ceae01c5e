import { createRule } from '../util/create-rule.js';
import { pathUnits, staticSegments } from '../util/path-units.js';
import { isExempt, isTurnedOff, modelOf, projectOf } from '../util/project.js';

export const RULE_NAME = 'path-no-verbs';

type Options = [{ extraNouns?: string[] }];

export default createRule<Options, 'verb' | 'verbWithMethod'>({
  name: RULE_NAME,
  meta: {
    type: 'suggestion',
    docs: { description: 'Route paths name resources, not actions.', level: 'error', recommended: true },
    messages: {
      verb: 'Path segment `{{segment}}` is an action (`{{verb}}`); name the resource instead, e.g. `{{noun}}`.',
      verbWithMethod: 'Path segment `{{segment}}` is an action (`{{verb}}`); the method says it: use {{method}} on the resource.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: { extraNouns: { type: 'array', items: { type: 'string', minLength: 1 } } },
      },
    ],
  },
  defaultOptions: [{}],
  create(context, [options]) {
    const project = projectOf(context);
    if (isTurnedOff(project, RULE_NAME)) return {};
    const nouns = new Set((options.extraNouns ?? []).map((word) => word.toLowerCase()));
    return {
      Program() {
        for (const unit of pathUnits(modelOf(context), project.config.conventions.version_pattern)) {
          if (isExempt(project, RULE_NAME, { path: unit.exemptionPath })) continue;
          for (const segment of staticSegments(unit.parsed)) {
            if (nouns.has(segment.value.toLowerCase())) continue;
            const verb = project.vocabulary.findVerb(segment.value);
            if (verb === undefined) continue;
            const method = project.vocabulary.methodForAction(verb);
            context.report({
              node: unit.reportNode,
              messageId: method === undefined ? 'verb' : 'verbWithMethod',
              data: { segment: segment.value, verb, noun: project.vocabulary.nounForAction(verb), method: method ?? '' },
            });
          }
        }
      },
    };
  },
});
