import type { ConstraintChange, ConstraintKeyword } from './model.js';
import { CONSTRAINT_KEYWORDS } from './schema-view.js';

/** Upper bounds get tighter as they fall; lower bounds as they rise. */
const UPPER_BOUNDS = new Set<ConstraintKeyword>(['maxLength', 'maximum', 'exclusiveMaximum', 'maxItems', 'maxProperties']);

export function diffConstraints(
  from: Partial<Record<ConstraintKeyword, number | boolean>>,
  to: Partial<Record<ConstraintKeyword, number | boolean>>,
): ConstraintChange[] {
  const changes: ConstraintChange[] = [];
  for (const keyword of CONSTRAINT_KEYWORDS) {
    const before = from[keyword];
    const after = to[keyword];
    if (before === after) continue;
    changes.push({ keyword, from: before, to: after, effect: constraintEffect(keyword, before, after) });
  }
  return changes;
}

function constraintEffect(keyword: ConstraintKeyword, before: number | boolean | undefined, after: number | boolean | undefined): ConstraintChange['effect'] {
  if (after === undefined) return 'relaxed';
  if (before === undefined) return 'tightened';
  if (keyword === 'uniqueItems') return after === true ? 'tightened' : 'relaxed';
  if (typeof before !== 'number' || typeof after !== 'number') return 'changed';
  if (keyword === 'multipleOf') {
    if (isMultiple(after, before)) return 'tightened';
    if (isMultiple(before, after)) return 'relaxed';
    return 'changed';
  }
  const fell = after < before;
  return UPPER_BOUNDS.has(keyword) === fell ? 'tightened' : 'relaxed';
}

function isMultiple(value: number, of: number): boolean {
  if (of === 0) return false;
  const quotient = value / of;
  return Math.abs(quotient - Math.round(quotient)) < 1e-9;
}
