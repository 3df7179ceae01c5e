import { collectionItems } from '../../src/conventions/paths.js';
import { acceptedIdentifierNames } from '../../src/lint/identifiers.js';
import { defineRule } from '../../src/lint/rule.js';
import { documentPaths } from '../../src/lint/paths.js';

interface Usage {
  collection: string;
  /** parameter name → the paths that use it, in document order. */
  names: Map<string, string[]>;
}

export default defineRule({
  id: 'path-param-consistent',
  level: 'warning',
  description: 'One collection uses one identifier parameter name on every path, named after the collection ({dataset_id}).',
  rationale: 'Three names for one identifier ({id}, {dataset_id}, {dataset_identifier}) make clients and readers wonder whether they are three things.',
  examples: {
    bad: `paths:
  /v1/datasets/{id}:
    get: { responses: { '200': { description: OK } } }
  /v1/datasets/{dataset_identifier}/labels:
    get: { responses: { '200': { description: OK } } }`,
    good: `paths:
  /v1/datasets/{dataset_id}:
    get: { responses: { '200': { description: OK } } }
  /v1/datasets/{dataset_id}/labels:
    get: { responses: { '200': { description: OK } } }`,
  },
  run({ model, conventions, vocabulary, report }) {
    const collections = new Map<string, Usage>();
    for (const { path, parsed } of documentPaths(model, conventions)) {
      for (const item of collectionItems(parsed)) {
        const judgement = vocabulary.classifySegment(item.collection.value);
        if (judgement.kind !== 'plural' && judgement.kind !== 'uncountable') continue;
        let usage = collections.get(item.collectionPath);
        if (usage === undefined) {
          usage = { collection: item.collection.value, names: new Map() };
          collections.set(item.collectionPath, usage);
        }
        const paths = usage.names.get(item.param.name);
        if (paths === undefined) usage.names.set(item.param.name, [path]);
        else if (!paths.includes(path)) paths.push(path);
      }
    }
    for (const [collectionPath, usage] of collections) {
      const accepted = acceptedIdentifierNames(usage.collection, conventions, vocabulary);
      const names = [...usage.names.keys()];
      const canonical = pickCanonical(usage.names, accepted);
      for (const [name, paths] of usage.names) {
        const first = paths[0] as string;
        const elsewhere = paths.length > 1 ? ` (and ${paths.length - 1} more path${paths.length > 2 ? 's' : ''})` : '';
        const others = names.filter((other) => other !== name);
        if (!accepted.includes(name)) {
          const alsoCalled = others.length > 0 ? `; ${collectionPath} items are also called ${others.map((other) => `{${other}}`).join(', ')}` : '';
          report({
            message: `Identifier "{${name}}" after "${usage.collection}" in "${first}"${elsewhere} is not named after the collection; call it "{${canonical}}"${alsoCalled}.`,
            at: ['paths', first],
          });
        } else if (name !== canonical) {
          report({
            message: `Identifier "{${name}}" in "${first}"${elsewhere} names the same ${collectionPath} item as "{${canonical}}" elsewhere; use one name.`,
            at: ['paths', first],
          });
        }
      }
    }
  },
});

/**
 * The name to converge on: the accepted name used on the most paths, or
 * the first template's name when none of the names in use is accepted.
 */
function pickCanonical(names: Map<string, string[]>, accepted: string[]): string {
  let best = accepted[0] ?? 'id';
  let bestCount = 0;
  for (const candidate of accepted) {
    const count = names.get(candidate)?.length ?? 0;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}
