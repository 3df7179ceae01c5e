import type { OperationsDiff, OperationSummary, PathsDiff, PathSummary } from './model.js';
import type { OperationView } from './operation-view.js';
import type { SideReader } from './reader.js';

/**
 * Operations that exist on one side only, split into whole paths (every
 * operation of a template is new or gone) and single operations of a path
 * that exists on both sides.
 */
export function splitByPath(
  onlyInOneSide: OperationView[],
  otherSide: Map<string, OperationView>,
  reader: SideReader,
): { paths: PathSummary[]; operations: OperationSummary[] } {
  const templatesOnOtherSide = new Set([...otherSide.values()].map((operation) => operation.summary.template));
  const byTemplate = new Map<string, OperationView[]>();
  const operations: OperationSummary[] = [];
  for (const operation of onlyInOneSide) {
    if (templatesOnOtherSide.has(operation.summary.template)) {
      operations.push(operation.summary);
      continue;
    }
    const group = byTemplate.get(operation.summary.template) ?? [];
    group.push(operation);
    byTemplate.set(operation.summary.template, group);
  }
  const paths: PathSummary[] = [...byTemplate.values()].map((group) => {
    const first = group[0] as OperationView;
    return {
      path: first.summary.path,
      template: first.summary.template,
      location: reader.location(first.pathItem),
      operations: group.map((operation) => operation.summary),
    };
  });
  return { paths, operations };
}

export function emptyOperationsDiff(): OperationsDiff {
  return { added: [], removed: [], modified: [] };
}

export function emptyPathsDiff(): PathsDiff {
  return { added: [], removed: [] };
}
