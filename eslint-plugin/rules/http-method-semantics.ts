import { isItemPath } from '../../src/conventions/paths.js';
import { isCollectionSegment, isStateChangingAction } from '../../src/conventions/route-paths.js';
import { fullPath } from '../routes/index.js';
import { createRule } from '../util/create-rule.js';
import { parsedPath, staticSegments } from '../util/path-units.js';
import { isExempt, isTurnedOff, modelOf, projectOf } from '../util/project.js';

export const RULE_NAME = 'http-method-semantics';

export default createRule<[], 'postOnItem' | 'writeOnCollection' | 'getChangesState'>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: { description: 'Methods match what the path names: POST creates in a collection, PUT/PATCH/DELETE change an item, GET changes nothing.', level: 'warning', recommended: true },
    messages: {
      postOnItem: 'POST on an item path (`{{path}}`): POST creates in a collection; change an item with PUT or PATCH.',
      writeOnCollection: '{{method}} on a collection path (`{{path}}`): {{method}} acts on one item, e.g. `{{path}}/{id}`.',
      getChangesState: 'GET `{{path}}` says it changes state (`{{verb}}`); GET must be safe: use POST, PUT, PATCH or DELETE.',
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
        for (const route of modelOf(context).routes) {
          const path = fullPath(route);
          if (!path.known || isExempt(project, RULE_NAME, { path: path.text })) continue;
          const parsed = parsedPath(path.text, versionPattern);
          const last = parsed.segments[parsed.segments.length - 1];
          const node = route.pathNode ?? route.node;
          for (const method of route.methods) {
            if (method === 'POST' && isItemPath(parsed)) context.report({ node, messageId: 'postOnItem', data: { path: path.text } });
            if ((method === 'PUT' || method === 'PATCH' || method === 'DELETE') && last?.kind === 'static' && isCollectionSegment(last.value, project.vocabulary)) {
              context.report({ node, messageId: 'writeOnCollection', data: { method, path: path.text } });
            }
            if (method === 'GET') {
              for (const segment of staticSegments(parsed)) {
                const verb = project.vocabulary.findVerb(segment.value);
                if (verb !== undefined && isStateChangingAction(verb, project.vocabulary)) {
                  context.report({ node, messageId: 'getChangesState', data: { path: path.text, verb } });
                  break;
                }
              }
            }
          }
        }
      },
    };
  },
});
