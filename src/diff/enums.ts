import { canonicalJson } from './canonical.js';
import type { EnumDiff, JsonValue } from './model.js';

export function diffEnums(from: JsonValue[] | undefined, to: JsonValue[] | undefined): EnumDiff | undefined {
  if (from === undefined && to === undefined) return undefined;
  const before = new Map((from ?? []).map((value) => [canonicalJson(value), value]));
  const after = new Map((to ?? []).map((value) => [canonicalJson(value), value]));
  const added = from === undefined ? [] : [...after].filter(([key]) => !before.has(key)).map(([, value]) => value);
  const removed = to === undefined ? [] : [...before].filter(([key]) => !after.has(key)).map(([, value]) => value);
  if (from !== undefined && to !== undefined && added.length === 0 && removed.length === 0) return undefined;
  return { from, to, added, removed };
}
