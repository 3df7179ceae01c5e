import type { HeaderDiff, HeadersDiff, HeaderSummary } from './model.js';
import type { HeaderView } from './operation-view.js';
import type { SideReader } from './reader.js';
import type { SchemaComparer } from './schemas.js';

function summary(reader: SideReader, header: HeaderView): HeaderSummary {
  return { name: header.name, required: header.required, location: reader.location(header.node) };
}

/** Header names are case-insensitive (RFC 9110). */
export function diffHeaders(comparer: SchemaComparer, from: HeaderView[], to: HeaderView[]): HeadersDiff | undefined {
  const before = new Map(from.map((header) => [header.name.toLowerCase(), header]));
  const after = new Map(to.map((header) => [header.name.toLowerCase(), header]));
  const diff: HeadersDiff = { added: [], removed: [], modified: [] };
  for (const [key, header] of before) if (!after.has(key)) diff.removed.push(summary(comparer.base, header));
  for (const [key, header] of after) {
    const previous = before.get(key);
    if (previous === undefined) {
      diff.added.push(summary(comparer.revision, header));
      continue;
    }
    const modified: HeaderDiff = { name: header.name, base: summary(comparer.base, previous), revision: summary(comparer.revision, header) };
    let changed = false;
    if (previous.required !== header.required) {
      modified.required = { from: previous.required, to: header.required };
      changed = true;
    }
    if (previous.schema !== undefined && header.schema !== undefined) {
      const schema = comparer.compare(previous.schema, header.schema);
      if (schema !== undefined) {
        modified.schema = schema;
        changed = true;
      }
    }
    if (changed) diff.modified.push(modified);
  }
  return diff.added.length + diff.removed.length + diff.modified.length === 0 ? undefined : diff;
}
