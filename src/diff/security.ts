import { canonicalJson } from './canonical.js';
import type { SecurityDiff } from './model.js';
import type { SecurityView } from './operation-view.js';
import type { SchemaComparer } from './schemas.js';

export function diffSecurity(comparer: SchemaComparer, from: SecurityView, to: SecurityView): SecurityDiff | undefined {
  const key = (view: SecurityView): string => view.alternatives.map(canonicalJson).sort().join('|');
  if (key(from) === key(to)) return undefined;
  return {
    base: comparer.base.location(from.node),
    revision: comparer.revision.location(to.node),
    from: from.alternatives,
    to: to.alternatives,
  };
}
