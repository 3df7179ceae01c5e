import { diffContent } from './media-types.js';
import type { RequestBodyDiff } from './model.js';
import type { RequestBodyView } from './operation-view.js';
import type { SchemaComparer } from './schemas.js';

export function diffRequestBodies(
  comparer: SchemaComparer,
  from: RequestBodyView | undefined,
  to: RequestBodyView | undefined,
): RequestBodyDiff | undefined {
  if (from === undefined && to === undefined) return undefined;
  const content = diffContent(comparer, from?.content ?? [], to?.content ?? []) ?? { added: [], removed: [], modified: [] };
  const required = { from: from?.required, to: to?.required };
  const base = from === undefined ? undefined : comparer.base.location(from.node);
  const revision = to === undefined ? undefined : comparer.revision.location(to.node);
  if (from === undefined) return { change: 'added', revision, required, content };
  if (to === undefined) return { change: 'removed', base, required, content };
  const changed = from.required !== to.required || content.added.length + content.removed.length + content.modified.length > 0;
  return changed ? { change: 'modified', base, revision, required, content } : undefined;
}
