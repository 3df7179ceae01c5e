import { isItemPath, parsePathTemplate, type PathSegment } from '../../src/conventions/paths.js';
import { isCollectionSegment } from '../../src/conventions/route-paths.js';
import type { Vocabulary } from '../../src/conventions/vocabulary.js';
import { splitWords } from '../../src/conventions/words.js';
import { formatOperation } from '../../src/lint/describe.js';
import { defineRule } from '../../src/lint/rule.js';
import { isObject, type Located, type OpenApiModel, type OperationInfo } from '../../src/openapi/model.js';

/*
 * Level: one rule has one default level, and this rule's checks do not all
 * weigh the same. DELETE with a body must be a warning (RFC 9110 allows it,
 * it is only unportable). The others are semantic design findings that a
 * reviewer may rightly overrule with a recorded exemption (an OAuth callback
 * must be a GET; a PUT may replace a whole set on purpose). So the rule is a
 * `warning` throughout, rather than an `error` that overstates its weakest
 * finding; `--fail-severity warning` or `rules: { http-method-semantics: error }`
 * makes it blocking. A second rule id for DELETE alone is not wanted: one id
 * per concern. The DELETE finding has its own message, so it can be told apart.
 */

function bodyLocation(model: OpenApiModel, operation: OperationInfo): Located | undefined {
  if (model.version === '2.0') {
    const body = model.parameters(operation).find((parameter) => parameter.in === 'body' || parameter.in === 'formData');
    return body?.parameter;
  }
  const node = model.child(operation.operation, 'requestBody');
  return isObject(node.value) ? node : undefined;
}

/** A static path segment that names a state-changing action (`logout`, `delete_all`). */
function pathAction(vocabulary: Vocabulary, segments: string[]): string | undefined {
  for (const segment of segments) {
    const verb = vocabulary.findVerb(segment);
    if (verb !== undefined && vocabulary.changesState(verb)) return verb;
  }
  return undefined;
}

/**
 * A summary that opens with a write verb ("Create Tokens", "Delete a tag").
 * Prose often opens with a noun that is also a verb ("Run details", "Export
 * status"), so only verbs the vocabulary maps to a write method count here,
 * and not "post", which in prose is mostly the noun ("Post details").
 */
function summaryAction(vocabulary: Vocabulary, summary: unknown): string | undefined {
  if (typeof summary !== 'string') return undefined;
  const first = splitWords(summary)[0];
  if (first === undefined || first === 'post' || !vocabulary.isVerb(first)) return undefined;
  const method = vocabulary.methodForAction(first);
  return method !== undefined && method !== 'GET' ? first : undefined;
}

function staticValues(segments: PathSegment[]): string[] {
  return segments.flatMap((segment) => (segment.kind === 'static' ? [segment.value] : []));
}

export default defineRule({
  id: 'http-method-semantics',
  level: 'warning',
  description: 'Methods mean what HTTP says: no body on GET/HEAD/DELETE, POST on collections, PUT/PATCH on items, no GET that changes state.',
  rationale: 'Caches, proxies, crawlers and client libraries act on what a method promises: a GET is repeated and prefetched, a GET body is dropped, and PUT on a collection replaces all of it.',
  examples: {
    bad: `paths:
  /auth/logout:
    get:
      responses: { '204': { description: Logged out } }
  /v1/projects/{project_id}:
    post:
      parameters:
        - { name: project_id, in: path, required: true, schema: { type: string } }
      responses: { '200': { description: Updated } }`,
    good: `paths:
  /auth/sessions/current:
    delete:
      responses: { '204': { description: Logged out } }
  /v1/projects/{project_id}:
    patch:
      parameters:
        - { name: project_id, in: path, required: true, schema: { type: string } }
      responses: { '200': { description: Updated } }`,
  },
  run({ model, conventions, vocabulary, report }) {
    const template = conventions.identifiers.templates[0] ?? '{singular}_id';
    for (const operation of model.operations()) {
      const name = formatOperation(operation);
      const parsed = parsePathTemplate(operation.path, { versionPattern: conventions.version_pattern });
      const last = parsed.segments.at(-1);
      const method = operation.method;
      const body = method === 'get' || method === 'head' || method === 'delete' ? bodyLocation(model, operation) : undefined;
      if (body !== undefined && method === 'delete') {
        report({
          message: `${name} declares a request body; a DELETE body has no defined meaning and some proxies and clients drop it: identify what to delete by the path, or by query parameters.`,
          at: body,
        });
      } else if (body !== undefined) {
        report({
          message: `${name} declares a request body; ${method.toUpperCase()} bodies have no defined meaning and caches and proxies drop them: move the inputs to query parameters, or make it a POST to a resource (e.g. .../searches).`,
          at: body,
        });
      }
      if (method === 'post' && isItemPath(parsed)) {
        const collection = operation.path.slice(0, operation.path.lastIndexOf('/')) || '/';
        report({
          message: `${name} posts to one item; POST creates in a collection (POST ${collection}), and PUT or PATCH changes the item itself.`,
          at: operation.operation,
        });
      }
      if ((method === 'put' || method === 'patch') && last?.kind === 'static' && isCollectionSegment(last.value, vocabulary)) {
        const itemParam = template.replace('{singular}', vocabulary.singularOfSegment(last.value));
        report({
          message: `${name} addresses the whole "${last.value}" collection; ${method.toUpperCase()} is for one item (${operation.path}/{${itemParam}}). If replacing the whole set is intended, exempt the path in apigov.config.yaml with the reason.`,
          at: operation.operation,
        });
      }
      if (method === 'get' || method === 'head') {
        const inPath = pathAction(vocabulary, staticValues(parsed.segments));
        const action = inPath ?? summaryAction(vocabulary, operation.operation.value['summary']);
        if (action !== undefined) {
          const instead = vocabulary.methodForAction(action) ?? 'POST';
          report({
            message: `${name} says "${action}" in ${inPath !== undefined ? 'its path' : 'its summary'}, an action that changes state; a ${method.toUpperCase()} must be safe (crawlers, prefetchers and retries repeat it): make it a ${instead}.`,
            at: inPath !== undefined ? operation.operation : model.child(operation.operation, 'summary'),
          });
        }
      }
    }
  },
});
