import { isCollectionSegment } from '../../src/conventions/route-paths.js';
import { fullPath } from '../routes/index.js';
import { effectiveStatus, looksLikeError } from '../util/bodies.js';
import { createRule } from '../util/create-rule.js';
import { parsedPath } from '../util/path-units.js';
import { isExempt, isTurnedOff, modelOf, projectOf } from '../util/project.js';

export const RULE_NAME = 'status-code-classes';

type Options = [{ createStatusCodes?: number[] }];

export default createRule<Options, 'outOfRange' | 'errorWith2xx' | 'createdWith200'>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: { description: 'Status codes say what happened: errors are not sent with 2xx, codes are 100–599, creations answer with the configured code.', level: 'error', recommended: true },
    messages: {
      outOfRange: 'Status code {{code}} is not an HTTP status (100–599).',
      errorWith2xx: 'An error body is sent with status {{status}}; send a 4xx or 5xx.',
      createdWith200: 'POST to a collection answers with {{status}}; a created resource is answered with {{expected}}.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: { createStatusCodes: { type: 'array', items: { type: 'integer', minimum: 100, maximum: 599 }, minItems: 1 } },
      },
    ],
  },
  defaultOptions: [{}],
  create(context, [options]) {
    const project = projectOf(context);
    if (isTurnedOff(project, RULE_NAME)) return {};
    const created = options.createStatusCodes ?? project.config.conventions.create_status_codes;
    const envelopeKey = project.config.conventions.envelope_key;
    const versionPattern = project.config.conventions.version_pattern;
    return {
      Program() {
        const seen = new Set<unknown>();
        for (const route of modelOf(context).routes) {
          const path = fullPath(route);
          if (isExempt(project, RULE_NAME, { path: path.text })) continue;
          for (const status of route.statuses) {
            if (seen.has(status.node) || (status.code >= 100 && status.code <= 599)) continue;
            seen.add(status.node);
            context.report({ node: status.node, messageId: 'outOfRange', data: { code: String(status.code) } });
          }
          const parsed = parsedPath(path.text, versionPattern);
          const last = parsed.segments[parsed.segments.length - 1];
          const createsInCollection =
            route.methods.includes('POST') && path.known && last?.kind === 'static' && isCollectionSegment(last.value, project.vocabulary);
          for (const body of route.bodies) {
            if (seen.has(body.node)) continue;
            const status = effectiveStatus(body);
            // a status taken from a value (`reply.code(err.statusCode)`) is not judged
            if (status === undefined) continue;
            if (looksLikeError(body, envelopeKey)) {
              if (status >= 200 && status < 300) {
                seen.add(body.node);
                context.report({ node: body.node, messageId: 'errorWith2xx', data: { status: String(status) } });
              }
              continue;
            }
            if (createsInCollection && body.json && !body.afterCheck && status === 200 && !created.includes(200)) {
              seen.add(body.node);
              context.report({ node: body.node, messageId: 'createdWith200', data: { status: String(status), expected: created.join(' or ') } });
            }
          }
        }
      },
    };
  },
});
