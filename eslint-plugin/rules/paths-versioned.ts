import { extractVersion } from '../../src/conventions/paths.js';
import { fullPath } from '../routes/index.js';
import { createRule } from '../util/create-rule.js';
import { isExempt, isTurnedOff, modelOf, projectOf } from '../util/project.js';

export const RULE_NAME = 'paths-versioned';

export default createRule<[], 'unversioned'>({
  name: RULE_NAME,
  meta: {
    type: 'suggestion',
    docs: { description: 'Routes whose full path is known in the file are under a version segment (`/v1/...`).', level: 'error', recommended: true },
    messages: {
      unversioned: 'Route `{{path}}` has no version segment; mount it under `/v1` (or the next version).',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const project = projectOf(context);
    if (isTurnedOff(project, RULE_NAME)) return {};
    const versionPattern = project.config.conventions.version_pattern;
    return {
      Program() {
        const reported = new Set<string>();
        for (const route of modelOf(context).routes) {
          // a router mounted by another file, or a Nest controller, may get its version from outside
          if (!route.prefixComplete) continue;
          const path = fullPath(route);
          if (!path.known || extractVersion(path.text, { versionPattern }) !== undefined) continue;
          if (isExempt(project, RULE_NAME, { path: path.text }) || reported.has(path.text)) continue;
          reported.add(path.text);
          context.report({ node: route.pathNode ?? route.node, messageId: 'unversioned', data: { path: path.text } });
        }
      },
    };
  },
});
