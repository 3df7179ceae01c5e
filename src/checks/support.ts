import type { ConstraintKeyword, SchemaDiff, SecurityAlternative } from '../diff/model.js';
import type { ArgValue } from './types.js';

export type ConstraintEffect = 'tightened' | 'relaxed' | 'changed';

export interface ConstraintMove {
  keyword: ConstraintKeyword | 'enum' | 'pattern' | 'format';
  from: string;
  to: string;
  effect: ConstraintEffect;
}

function show(value: unknown): string {
  if (value === undefined) return 'none';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Every change that makes a schema accept fewer or more values, apart from
 * enum values (which have their own checks): numeric and length bounds, and
 * an enum, pattern or format appearing or disappearing. A pattern or format
 * replaced by another has its own `*-changed` checks.
 */
export function constraintMoves(schema: SchemaDiff): ConstraintMove[] {
  const moves: ConstraintMove[] = (schema.constraints ?? []).map((change) => ({
    keyword: change.keyword,
    from: show(change.from),
    to: show(change.to),
    effect: change.effect,
  }));
  const presence = (keyword: 'enum' | 'pattern' | 'format', from: unknown, to: unknown): void => {
    if (from === undefined && to !== undefined) moves.push({ keyword, from: 'none', to: show(to), effect: 'tightened' });
    if (from !== undefined && to === undefined) moves.push({ keyword, from: show(from), to: 'none', effect: 'relaxed' });
  };
  if (schema.enum !== undefined) presence('enum', schema.enum.from, schema.enum.to);
  if (schema.pattern !== undefined) presence('pattern', schema.pattern.from, schema.pattern.to);
  if (schema.format !== undefined) presence('format', schema.format.from, schema.format.to);
  return moves;
}

/** A keyword replaced by another value on both sides (not added, not removed). */
export function replaced<T>(change: { from: T | undefined; to: T | undefined } | undefined): change is { from: T; to: T } {
  return change !== undefined && change.from !== undefined && change.to !== undefined && change.from !== change.to;
}

export function enumValue(value: unknown): ArgValue {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null ? value : JSON.stringify(value);
}

/** A client that satisfied `client` also satisfies `requirement`: every scheme and scope it asks for is there. */
function satisfies(requirement: SecurityAlternative, client: SecurityAlternative): boolean {
  return Object.entries(requirement).every(([scheme, scopes]) => {
    const held = client[scheme];
    return held !== undefined && scopes.every((scope) => held.includes(scope));
  });
}

export interface MissingSecurity {
  schemes: string[];
  scopes: Array<{ scheme: string; scopes: string[] }>;
}

/**
 * What a client that met some base alternative now lacks: for each base
 * alternative no revision alternative accepts, the schemes and scopes of the
 * closest revision alternative it does not have. No security is the one
 * alternative `{}`.
 */
export function missingSecurity(from: SecurityAlternative[], to: SecurityAlternative[]): MissingSecurity {
  const clients = from.length === 0 ? [{}] : from;
  const requirements = to.length === 0 ? [{}] : to;
  const schemes = new Set<string>();
  const scopes = new Map<string, Set<string>>();
  for (const client of clients) {
    if (requirements.some((requirement) => satisfies(requirement, client))) continue;
    let closest: SecurityAlternative | undefined;
    let fewest = Number.POSITIVE_INFINITY;
    for (const requirement of requirements) {
      const missing = Object.entries(requirement).reduce(
        (count, [scheme, wanted]) => count + (client[scheme] === undefined ? 1 + wanted.length : wanted.filter((scope) => !client[scheme]?.includes(scope)).length),
        0,
      );
      if (missing < fewest) {
        fewest = missing;
        closest = requirement;
      }
    }
    for (const [scheme, wanted] of Object.entries(closest ?? {})) {
      const held = client[scheme];
      if (held === undefined) {
        schemes.add(scheme);
        continue;
      }
      const extra = wanted.filter((scope) => !held.includes(scope));
      if (extra.length === 0) continue;
      const set = scopes.get(scheme) ?? new Set<string>();
      for (const scope of extra) set.add(scope);
      scopes.set(scheme, set);
    }
  }
  return {
    schemes: [...schemes].sort(),
    scopes: [...scopes].sort(([a], [b]) => a.localeCompare(b)).map(([scheme, set]) => ({ scheme, scopes: [...set].sort() })),
  };
}

/** Schemes (and scopes per scheme) used by any alternative. */
export function securityUsage(alternatives: SecurityAlternative[]): Map<string, Set<string>> {
  const usage = new Map<string, Set<string>>();
  for (const alternative of alternatives) {
    for (const [scheme, scopes] of Object.entries(alternative)) {
      const set = usage.get(scheme) ?? new Set<string>();
      for (const scope of scopes) set.add(scope);
      usage.set(scheme, set);
    }
  }
  return usage;
}

const STABILITY_ORDER = ['draft', 'alpha', 'beta', 'stable'];

/** Rank of a stability level; unmarked operations are stable. Unknown words rank as stable. */
export function stabilityRank(level: string | undefined): number {
  const index = level === undefined ? -1 : STABILITY_ORDER.indexOf(level.toLowerCase());
  return index === -1 ? STABILITY_ORDER.length - 1 : index;
}
