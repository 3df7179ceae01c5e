import type { ConventionsConfig } from '../config/types.js';
import type { Vocabulary } from '../conventions/vocabulary.js';
import { splitWords } from '../conventions/words.js';

/**
 * The names an identifier parameter after `collection` may have: each
 * template with `{singular}` replaced by the collection's singular
 * (`dataset_labels` → `dataset_label_id`) or by its head noun alone
 * (`label_id`), which reads just as clearly inside the path.
 */
export function acceptedIdentifierNames(collection: string, conventions: ConventionsConfig, vocabulary: Vocabulary): string[] {
  const singular = vocabulary.singularOfSegment(collection);
  const head = splitWords(singular).pop() ?? singular;
  const names = new Set<string>();
  for (const template of conventions.identifiers.templates) {
    names.add(template.replaceAll('{singular}', singular));
    names.add(template.replaceAll('{singular}', head));
  }
  return [...names];
}

const IDENTIFIER_WORDS = new Set(['id', 'identifier', 'uuid', 'guid']);

/** `dataset_id`, `datasetId`, `id`, `dataset_identifier`: names that read as identifiers. */
export function looksLikeIdentifier(name: string): boolean {
  const last = splitWords(name).pop();
  return last !== undefined && IDENTIFIER_WORDS.has(last);
}
