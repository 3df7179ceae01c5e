import { joinPaths } from '../../src/conventions/paths.js';
import { splitWords } from '../../src/conventions/words.js';
import { defineRule } from '../../src/lint/rule.js';
import { documentPaths, pathBefore, resourceSegments } from '../../src/lint/paths.js';

export default defineRule({
  id: 'path-no-verbs',
  level: 'error',
  description: 'Path segments are nouns; no verbs or actions such as /upload, /delete or /transfer.',
  rationale: 'The HTTP method says what happens to a resource; a verb in the path turns REST into RPC and hides the method semantics clients rely on.',
  examples: {
    bad: `paths:
  /v1/datasets/upload:
    post: { responses: { '201': { description: Created } } }
  /v1/sessions/delete:
    post: { responses: { '204': { description: Deleted } } }`,
    good: `paths:
  /v1/datasets:
    post: { responses: { '201': { description: Created } } }
  /v1/sessions/{session_id}:
    delete: { responses: { '204': { description: Deleted } } }`,
  },
  run({ model, conventions, vocabulary, report }) {
    for (const { path, parsed } of documentPaths(model, conventions)) {
      for (const segment of resourceSegments(parsed, vocabulary)) {
        const verb = vocabulary.findVerb(segment.value);
        if (verb === undefined) continue;
        // `get_users` → the resource is what follows the verb: /users
        const rest = splitWords(segment.value).slice(1).join('_');
        const parent = rest !== '' && splitWords(segment.value)[0] === verb ? joinPaths(pathBefore(parsed, segment.index), rest) : pathBefore(parsed, segment.index);
        const method = vocabulary.methodForAction(verb);
        const fix =
          method === undefined
            ? `model the action as a resource and create one: POST ${parent === '/' ? '' : parent}/${vocabulary.nounForAction(verb)}`
            : `let the method say it: ${method} ${parent}`;
        report({
          message: `Path "${path}" uses the verb "${verb}" in segment "${segment.value}"; ${fix}.`,
          at: ['paths', path],
        });
      }
    }
  },
});
