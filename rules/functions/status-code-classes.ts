import { parsePathTemplate } from '../../src/conventions/paths.js';
import type { Vocabulary } from '../../src/conventions/vocabulary.js';
import { splitWords } from '../../src/conventions/words.js';
import { formatOperation } from '../../src/lint/describe.js';
import { defineRule } from '../../src/lint/rule.js';
import { isObject, type OpenApiModel, type ResponseInfo } from '../../src/openapi/model.js';
import { componentSchemaName, statusClass, unwrapSchema } from '../../src/openapi/schemas.js';

/**
 * Descriptions of an error response. Whole descriptions, or openings that
 * cannot start a success: "Failed runs of the experiment" is a fine 200,
 * "Failed to create the run" is not.
 */
const ERROR_DESCRIPTIONS = new Set([
  'error', 'an error occurred', 'failure', 'failed', 'not found', 'bad request', 'unauthorized', 'unauthorised',
  'forbidden', 'conflict', 'invalid request', 'invalid input', 'validation error', 'unprocessable entity',
  'internal server error', 'server error',
]);
const ERROR_OPENINGS = ['failed to ', 'unable to ', 'could not ', 'an error ', 'error:', 'error -'];
/**
 * Component names of error bodies: `HTTPValidationError`, `ErrorResponse`,
 * `ProblemDetails`. Not `...Errors`: `RunErrors` is a list of recorded errors,
 * a fine thing to return with a 200.
 */
const ERROR_SCHEMA_NAME = /(?:Error|ErrorResponse|Problem|ProblemDetails)$/;

/** 202 Accepted: the request is queued and the resource does not exist yet, so 201 would be untrue. */
const ACCEPTED = 202;

function errorWording(model: OpenApiModel, response: ResponseInfo): string | undefined {
  const description = response.response.value['description'];
  if (typeof description === 'string') {
    const text = description.trim().toLowerCase().replace(/[.!]+$/, '');
    if (ERROR_DESCRIPTIONS.has(text) || ERROR_OPENINGS.some((opening) => text.startsWith(opening))) {
      return `its description says "${description.trim()}"`;
    }
  }
  for (const media of response.content) {
    if (media.schema === undefined) continue;
    const name = componentSchemaName(unwrapSchema(model, media.schema));
    if (name !== undefined && ERROR_SCHEMA_NAME.test(name)) return `its body is "${name}"`;
  }
  return undefined;
}

export default defineRule({
  id: 'status-code-classes',
  level: 'error',
  description: 'Every operation has a 2xx response, response keys are valid codes, ranges or default, a 2xx is not an error, a creating POST answers 201 and a DELETE 204 or 200.',
  rationale: 'Clients branch on the status class before they read a body: a 200 that means "failed", or a create that answers 200, makes every client special-case the endpoint.',
  examples: {
    bad: `paths:
  /v1/projects:
    post:
      summary: Create a project
      responses:
        '200': { description: The new project }
        '4xx': { description: Client error }`,
    good: `paths:
  /v1/projects:
    post:
      summary: Create a project
      responses:
        '201': { description: The new project }
        '4XX': { description: Client error }`,
  },
  run({ model, conventions, vocabulary, report }) {
    const rangesAllowed = model.version !== '2.0';
    for (const operation of model.operations()) {
      const name = formatOperation(operation);
      const responsesNode = model.child(operation.operation, 'responses');
      const keys = isObject(responsesNode.value) ? Object.keys(responsesNode.value).filter((key) => !key.startsWith('x-')) : [];
      for (const key of keys) {
        if (key === 'default') continue;
        const isRange = /^[1-5]XX$/.test(key);
        if (statusClass(key) !== undefined && (rangesAllowed || !isRange)) continue;
        const hint = /^[1-5]xx$/i.test(key) && rangesAllowed ? ` (write "${key.toUpperCase()}")` : isRange ? ' (ranges are OpenAPI 3.x; list the codes)' : '';
        report({
          message: `${name} has response key "${key}", which is not a status code; use a code from 100 to 599${rangesAllowed ? ', a range 1XX to 5XX' : ''} or default${hint}.`,
          at: model.child(responsesNode, key),
        });
      }
      const responses = model.responses(operation);
      const successes = responses.filter((response) => statusClass(response.status) === 2);
      if (successes.length === 0) {
        const has = keys.length === 0 ? 'no responses' : `only ${keys.join(', ')}`;
        report({
          message: `${name} has ${has} and no 2xx response; document what success returns (e.g. 200, or 204 without a body).`,
          at: responsesNode.value === undefined ? operation.operation : responsesNode,
        });
        continue;
      }
      for (const response of successes) {
        const wording = errorWording(model, response);
        if (wording === undefined) continue;
        report({
          message: `${name} answers ${response.status}, but ${wording}; a 2xx means success: describe the success, and document errors under a 4xx or 5xx status.`,
          at: response.response,
        });
      }
      const codes = successes.map((response) => Number(response.status)).filter((code) => Number.isInteger(code));
      if (operation.method === 'post' && codes.length > 0) {
        const reason = creationReason(operation.path, operation.operation.value['summary'], conventions.version_pattern, vocabulary);
        const allowed = conventions.create_status_codes;
        if (reason !== undefined && !codes.some((code) => allowed.includes(code) || code === ACCEPTED)) {
          const first = successes.find((response) => Number.isInteger(Number(response.status)));
          report({
            message: `${name} creates (${reason}) but answers ${codes.join(', ')}; answer ${allowed.join(' or ')} (Created, with the new resource), or 202 if creation is queued.`,
            at: model.child(responsesNode, first?.status ?? String(codes[0])),
          });
        }
      }
      if (operation.method === 'delete') {
        const allowed = conventions.delete_status_codes;
        for (const response of successes) {
          const code = Number(response.status);
          if (!Number.isInteger(code) || allowed.includes(code)) continue;
          report({
            message: `${name} answers ${code}; a DELETE answers ${allowed.join(' or ')}.`,
            at: model.child(responsesNode, response.status),
          });
        }
      }
    }
  },
});

/** Why a POST reads as creating: it targets a collection, or its summary opens with a creating verb. */
function creationReason(path: string, summary: unknown, versionPattern: string, vocabulary: Vocabulary): string | undefined {
  const last = parsePathTemplate(path, { versionPattern }).segments.at(-1);
  if (last?.kind === 'static' && vocabulary.classifySegment(last.value).kind === 'plural') return `it posts to the "${last.value}" collection`;
  if (typeof summary !== 'string') return undefined;
  const first = splitWords(summary)[0];
  if (first !== undefined && first !== 'post' && vocabulary.isVerb(first) && vocabulary.methodForAction(first) === 'POST') return `its summary says "${first}"`;
  return undefined;
}
