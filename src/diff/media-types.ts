import type { ContentDiff, MediaTypeDiff } from './model.js';
import type { ContentView } from './operation-view.js';
import type { SchemaComparer } from './schemas.js';

/** Media types are matched by name, ignoring parameters' spacing and case (`application/json; charset=utf-8`). */
function mediaTypeKey(mediaType: string): string {
  return mediaType.toLowerCase().replace(/\s+/g, '');
}

export function diffContent(comparer: SchemaComparer, from: ContentView[], to: ContentView[]): ContentDiff | undefined {
  const before = new Map(from.map((entry) => [mediaTypeKey(entry.mediaType), entry]));
  const after = new Map(to.map((entry) => [mediaTypeKey(entry.mediaType), entry]));
  const diff: ContentDiff = { added: [], removed: [], modified: [] };
  for (const [key, entry] of before) {
    if (!after.has(key)) diff.removed.push({ mediaType: entry.mediaType, location: comparer.base.location(entry.node) });
  }
  for (const [key, entry] of after) {
    const previous = before.get(key);
    if (previous === undefined) {
      diff.added.push({ mediaType: entry.mediaType, location: comparer.revision.location(entry.node) });
      continue;
    }
    if (previous.schema === undefined || entry.schema === undefined) continue;
    const schema = comparer.compare(previous.schema, entry.schema);
    if (schema === undefined) continue;
    const modified: MediaTypeDiff = {
      mediaType: entry.mediaType,
      base: comparer.base.location(previous.node),
      revision: comparer.revision.location(entry.node),
      schema,
    };
    diff.modified.push(modified);
  }
  return diff.added.length + diff.removed.length + diff.modified.length === 0 ? undefined : diff;
}
