import type { TypeDiff } from './model.js';

/** How the set of accepted JSON types moved; `integer` is a subset of `number`. */
export function diffTypes(from: string[] | undefined, to: string[] | undefined): TypeDiff | undefined {
  if (from === undefined && to === undefined) return undefined;
  if (from !== undefined && to !== undefined && from.join(',') === to.join(',')) return undefined;
  if (to === undefined) return { from, to, effect: 'widened' };
  if (from === undefined) return { from, to, effect: 'narrowed' };
  const covers = (wide: string[], narrow: string[]): boolean =>
    narrow.every((type) => wide.includes(type) || (type === 'integer' && wide.includes('number')));
  if (covers(to, from)) return { from, to, effect: 'widened' };
  if (covers(from, to)) return { from, to, effect: 'narrowed' };
  return { from, to, effect: 'changed' };
}
