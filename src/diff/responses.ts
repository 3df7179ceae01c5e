import { diffHeaders } from './headers.js';
import { diffContent } from './media-types.js';
import type { ResponsesDiff } from './model.js';
import type { ResponseView } from './operation-view.js';
import type { SchemaComparer } from './schemas.js';

export function diffResponses(comparer: SchemaComparer, from: ResponseView[], to: ResponseView[]): ResponsesDiff {
  const before = new Map(from.map((response) => [response.status, response]));
  const after = new Map(to.map((response) => [response.status, response]));
  const diff: ResponsesDiff = { added: [], removed: [], modified: [] };
  for (const [status, response] of before) {
    if (!after.has(status)) diff.removed.push({ status, location: comparer.base.location(response.node) });
  }
  for (const [status, response] of after) {
    const previous = before.get(status);
    if (previous === undefined) {
      diff.added.push({ status, location: comparer.revision.location(response.node) });
      continue;
    }
    const content = diffContent(comparer, previous.content, response.content);
    const headers = diffHeaders(comparer, previous.headers, response.headers);
    if (content === undefined && headers === undefined) continue;
    diff.modified.push({
      status,
      base: comparer.base.location(previous.node),
      revision: comparer.revision.location(response.node),
      content: content ?? { added: [], removed: [], modified: [] },
      headers: headers ?? { added: [], removed: [], modified: [] },
    });
  }
  return diff;
}
