import type { ParameterDiff, ParametersDiff, ParameterSummary } from './model.js';
import type { ParameterView } from './operation-view.js';
import type { SideReader } from './reader.js';
import type { SchemaComparer } from './schemas.js';

function summary(reader: SideReader, parameter: ParameterView): ParameterSummary {
  return {
    name: parameter.name,
    in: parameter.in,
    required: parameter.required,
    location: reader.location(parameter.node),
    lifecycle: reader.lifecycle(parameter.node.value),
  };
}

export function diffParameters(comparer: SchemaComparer, from: ParameterView[], to: ParameterView[]): ParametersDiff {
  const before = new Map(from.map((parameter) => [parameter.key, parameter]));
  const after = new Map(to.map((parameter) => [parameter.key, parameter]));
  const diff: ParametersDiff = { added: [], removed: [], moved: [], modified: [] };
  const removed = from.filter((parameter) => !after.has(parameter.key));
  const added = to.filter((parameter) => !before.has(parameter.key));
  for (const parameter of removed) {
    const movedTo = added.findIndex((candidate) => candidate.name.toLowerCase() === parameter.name.toLowerCase() && candidate.in !== parameter.in);
    if (movedTo !== -1) {
      const [target] = added.splice(movedTo, 1) as [ParameterView];
      diff.moved.push({ name: parameter.name, from: summary(comparer.base, parameter), to: summary(comparer.revision, target) });
      continue;
    }
    diff.removed.push(summary(comparer.base, parameter));
  }
  for (const parameter of added) diff.added.push(summary(comparer.revision, parameter));
  for (const parameter of to) {
    const previous = before.get(parameter.key);
    if (previous === undefined) continue;
    const base = summary(comparer.base, previous);
    const revision = summary(comparer.revision, parameter);
    const modified: ParameterDiff = { name: parameter.name, in: parameter.in, base, revision };
    let changed = false;
    if (previous.required !== parameter.required) {
      modified.required = { from: previous.required, to: parameter.required };
      changed = true;
    }
    if (base.lifecycle.deprecated !== revision.lifecycle.deprecated) {
      modified.deprecated = { from: base.lifecycle.deprecated, to: revision.lifecycle.deprecated };
      changed = true;
    }
    if (previous.schema !== undefined && parameter.schema !== undefined) {
      const schema = comparer.compare(previous.schema, parameter.schema);
      if (schema !== undefined) {
        modified.schema = schema;
        changed = true;
      }
    }
    if (changed) diff.modified.push(modified);
  }
  return diff;
}
