import { sameJson } from './canonical.js';
import { diffConstraints } from './constraints.js';
import { diffEnums } from './enums.js';
import type { DiscriminatorDiff, PropertyDiff, PropertySummary, SchemaDiff, UnionDiff } from './model.js';
import type { SameSubtrees } from './fingerprints.js';
import type { Node, SideReader } from './reader.js';
import { SchemaViews, type SchemaView } from './schema-view.js';
import { diffTypes } from './types.js';

interface Frame {
  depth: number;
  /** The shallowest in-progress frame a cycle below this one led back to. */
  lowest: number;
}

/**
 * Compares schemas after resolving `$ref`s, so a schema moved into
 * `components` or a renamed component is no change. Results are memoized per
 * pair of schema objects, which makes shared components cost one comparison
 * however many operations use them. A cycle (a recursive schema) is cut where
 * it closes: whatever changed inside it was found on the way round.
 */
export class SchemaComparer {
  readonly baseViews: SchemaViews;
  readonly revisionViews: SchemaViews;
  private readonly memo = new WeakMap<object, WeakMap<object, SchemaDiff | null>>();
  private readonly inProgress = new Map<object, Map<object, number>>();
  private readonly frames: Frame[] = [];

  constructor(
    readonly base: SideReader,
    readonly revision: SideReader,
    /** Skips subtrees that are provably the same on both sides. */
    private readonly sameSubtrees?: SameSubtrees,
  ) {
    this.baseViews = new SchemaViews(base);
    this.revisionViews = new SchemaViews(revision);
  }

  compare(baseNode: Node, revisionNode: Node): SchemaDiff | undefined {
    const baseTarget = this.base.deref(baseNode);
    const revisionTarget = this.revision.deref(revisionNode);
    // Only root-document subtrees: their `$ref`s resolve against the root, as SameSubtrees assumes.
    if (
      baseTarget.document === this.base.spec.root &&
      revisionTarget.document === this.revision.spec.root &&
      this.sameSubtrees?.same(baseTarget.value, revisionTarget.value) === true
    ) {
      return undefined;
    }
    const from = this.baseViews.view(baseNode);
    const to = this.revisionViews.view(revisionNode);
    const remembered = this.memo.get(from.key)?.get(to.key);
    if (remembered !== undefined) return remembered ?? undefined;
    const openDepth = this.inProgress.get(from.key)?.get(to.key);
    if (openDepth !== undefined) {
      const top = this.frames[this.frames.length - 1];
      if (top !== undefined) top.lowest = Math.min(top.lowest, openDepth);
      return undefined;
    }
    const frame: Frame = { depth: this.frames.length, lowest: Number.POSITIVE_INFINITY };
    this.frames.push(frame);
    let open = this.inProgress.get(from.key);
    if (open === undefined) {
      open = new Map();
      this.inProgress.set(from.key, open);
    }
    open.set(to.key, frame.depth);
    let result: SchemaDiff | undefined;
    try {
      result = this.compareViews(from, to);
    } finally {
      open.delete(to.key);
      if (open.size === 0) this.inProgress.delete(from.key);
      this.frames.pop();
    }
    const parent = this.frames[this.frames.length - 1];
    if (frame.lowest < frame.depth) {
      // Cut by a cycle through an ancestor: correct here, incomplete elsewhere, so not remembered.
      if (parent !== undefined) parent.lowest = Math.min(parent.lowest, frame.lowest);
    } else {
      let row = this.memo.get(from.key);
      if (row === undefined) {
        row = new WeakMap();
        this.memo.set(from.key, row);
      }
      row.set(to.key, result ?? null);
    }
    return result;
  }

  /** True when the two schemas accept and produce the same documents, as far as we compare. */
  equivalent(baseNode: Node, revisionNode: Node): boolean {
    return this.compare(baseNode, revisionNode) === undefined;
  }

  private compareViews(from: SchemaView, to: SchemaView): SchemaDiff | undefined {
    const diff: SchemaDiff = {
      base: this.base.location(from.node),
      revision: this.revision.location(to.node),
    };
    let changed = false;
    // A plain schema that became a union (or back) is compared as a one-branch union only.
    const sameShape = (from.union === undefined) === (to.union === undefined);
    const type = sameShape ? diffTypes(from.types, to.types) : undefined;
    if (type !== undefined) {
      diff.type = type;
      changed = true;
    }
    if (from.nullable !== to.nullable) {
      diff.nullable = { from: from.nullable, to: to.nullable };
      changed = true;
    }
    if (sameShape && from.format !== to.format) {
      diff.format = { from: from.format, to: to.format };
      changed = true;
    }
    if (sameShape && from.pattern !== to.pattern) {
      diff.pattern = { from: from.pattern, to: to.pattern };
      changed = true;
    }
    const enums = sameShape ? diffEnums(from.enum, to.enum) : undefined;
    if (enums !== undefined) {
      diff.enum = enums;
      changed = true;
    }
    if (from.hasDefault !== to.hasDefault || (from.hasDefault && !sameJson(from.default, to.default))) {
      diff.default = { from: from.default, to: to.default };
      changed = true;
    }
    if (from.lifecycle.deprecated !== to.lifecycle.deprecated) {
      diff.deprecated = { from: from.lifecycle.deprecated, to: to.lifecycle.deprecated };
      changed = true;
    }
    if (from.readOnly !== to.readOnly) {
      diff.readOnly = { from: from.readOnly, to: to.readOnly };
      changed = true;
    }
    if (from.writeOnly !== to.writeOnly) {
      diff.writeOnly = { from: from.writeOnly, to: to.writeOnly };
      changed = true;
    }
    const discriminator = diffDiscriminators(from.discriminator, to.discriminator);
    if (discriminator !== undefined) {
      diff.discriminator = discriminator;
      changed = true;
    }
    // Bounds of a type that is no longer there say nothing: the type change is the news.
    const comparableBounds = sameShape && type?.effect !== 'changed';
    const constraints = comparableBounds ? diffConstraints(from.constraints, to.constraints) : [];
    if (constraints.length > 0) {
      diff.constraints = constraints;
      changed = true;
    }
    const properties = sameShape ? this.compareProperties(from, to) : undefined;
    if (properties !== undefined) {
      diff.properties = properties;
      changed = true;
    }
    const additionalFrom = from.additionalProperties;
    const additionalTo = to.additionalProperties;
    if (sameShape && additionalFrom.kind !== additionalTo.kind) {
      diff.additionalProperties = { from: additionalFrom.kind, to: additionalTo.kind };
      changed = true;
    } else if (sameShape && additionalFrom.node !== undefined && additionalTo.node !== undefined) {
      const schema = this.compare(additionalFrom.node, additionalTo.node);
      if (schema !== undefined) {
        diff.additionalProperties = { from: additionalFrom.kind, to: additionalTo.kind, schema };
        changed = true;
      }
    }
    if (sameShape && from.items !== undefined && to.items !== undefined) {
      const items = this.compare(from.items, to.items);
      if (items !== undefined) {
        diff.items = items;
        changed = true;
      }
    }
    const union = this.compareUnions(from, to);
    if (union !== undefined) {
      diff.union = union;
      changed = true;
    }
    return changed ? diff : undefined;
  }

  private propertySummary(owner: SchemaView, name: string, node: Node, views: SchemaViews, reader: SideReader): PropertySummary {
    const view = views.view(node);
    return {
      name,
      required: owner.required.has(name),
      location: reader.location(node),
      readOnly: view.readOnly,
      writeOnly: view.writeOnly,
      lifecycle: view.lifecycle,
    };
  }

  private compareProperties(from: SchemaView, to: SchemaView): SchemaDiff['properties'] {
    if (from.properties.size === 0 && to.properties.size === 0) return undefined;
    const added: PropertySummary[] = [];
    const removed: PropertySummary[] = [];
    const modified: PropertyDiff[] = [];
    for (const [name, node] of from.properties) {
      if (!to.properties.has(name)) removed.push(this.propertySummary(from, name, node, this.baseViews, this.base));
    }
    for (const [name, node] of to.properties) {
      const before = from.properties.get(name);
      if (before === undefined) {
        added.push(this.propertySummary(to, name, node, this.revisionViews, this.revision));
        continue;
      }
      const schema = this.compare(before, node);
      const wasRequired = from.required.has(name);
      const isRequired = to.required.has(name);
      if (schema === undefined && wasRequired === isRequired) continue;
      const property: PropertyDiff = {
        name,
        base: this.propertySummary(from, name, before, this.baseViews, this.base),
        revision: this.propertySummary(to, name, node, this.revisionViews, this.revision),
      };
      if (wasRequired !== isRequired) property.required = { from: wasRequired, to: isRequired };
      if (schema !== undefined) property.schema = schema;
      modified.push(property);
    }
    if (added.length === 0 && removed.length === 0 && modified.length === 0) return undefined;
    return { added, removed, modified };
  }

  /**
   * Branches are paired by content, not position: first the ones that did not
   * change at all, then the most similar remaining pairs. Unpaired branches
   * are additions or removals.
   */
  private compareUnions(from: SchemaView, to: SchemaView): UnionDiff | undefined {
    if (from.union === undefined && to.union === undefined) return undefined;
    const kind = to.union?.kind ?? from.union?.kind ?? 'anyOf';
    // A single schema becoming a union (or back) is compared as a one-branch union.
    const fromBranches = from.union?.branches ?? (to.union === undefined ? [] : [from.node]);
    const toBranches = to.union?.branches ?? (from.union === undefined ? [] : [to.node]);
    const unmatchedTo = new Set(toBranches.map((_, index) => index));
    const pairs: Array<[number, number]> = [];
    const unmatchedFrom: number[] = [];
    fromBranches.forEach((branch, index) => {
      for (const candidate of unmatchedTo) {
        if (this.equivalent(branch, toBranches[candidate] as Node)) {
          unmatchedTo.delete(candidate);
          pairs.push([index, candidate]);
          return;
        }
      }
      unmatchedFrom.push(index);
    });
    const removedIndexes: number[] = [];
    const modified: SchemaDiff[] = [];
    for (const index of unmatchedFrom) {
      const branch = this.baseViews.view(fromBranches[index] as Node);
      let best: number | undefined;
      let bestScore = 0;
      for (const candidate of unmatchedTo) {
        const score = similarity(branch, this.revisionViews.view(toBranches[candidate] as Node));
        if (score > bestScore) {
          bestScore = score;
          best = candidate;
        }
      }
      if (best === undefined) {
        removedIndexes.push(index);
        continue;
      }
      unmatchedTo.delete(best);
      const schema = this.compare(fromBranches[index] as Node, toBranches[best] as Node);
      if (schema !== undefined) modified.push(schema);
    }
    const removed = removedIndexes.map((index) => this.base.location(fromBranches[index] as Node));
    const added = [...unmatchedTo].sort((a, b) => a - b).map((index) => this.revision.location(toBranches[index] as Node));
    if (added.length === 0 && removed.length === 0 && modified.length === 0) return undefined;
    return { kind, added, removed, modified };
  }

}

/** How alike two union branches look: discriminator values, names, types, property names. */
function similarity(a: SchemaView, b: SchemaView): number {
  let score = 0;
  for (const [name] of a.properties) if (b.properties.has(name)) score += 2;
  if (a.name !== undefined && a.name === b.name) score += 10;
  if (a.types !== undefined && b.types !== undefined && a.types.join() === b.types.join()) score += 1;
  if (a.enum !== undefined && b.enum !== undefined && a.enum.some((value) => b.enum?.some((other) => sameJson(value, other)))) score += 5;
  return score;
}

function diffDiscriminators(from: SchemaView['discriminator'], to: SchemaView['discriminator']): DiscriminatorDiff | undefined {
  if (from === undefined && to === undefined) return undefined;
  const before = new Set(from?.mapping ?? []);
  const after = new Set(to?.mapping ?? []);
  const diff: DiscriminatorDiff = {
    mappingAdded: [...after].filter((value) => !before.has(value)),
    mappingRemoved: [...before].filter((value) => !after.has(value)),
  };
  if (from?.propertyName !== to?.propertyName) diff.propertyName = { from: from?.propertyName, to: to?.propertyName };
  return diff.propertyName === undefined && diff.mappingAdded.length === 0 && diff.mappingRemoved.length === 0 ? undefined : diff;
}
