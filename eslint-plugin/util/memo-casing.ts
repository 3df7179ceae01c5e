import { matchesCasing, toCasing, type CasingStyle } from '../../src/conventions/words.js';

/**
 * The conventions core's casing answers, remembered per style: every file of
 * a code base asks about the same few names (`limit`, `sortBy`, `next_cursor`).
 * Same judgements, by construction: every answer comes from `words.ts`.
 */
const remembered = new Map<CasingStyle, { matches: Map<string, boolean>; converted: Map<string, string> }>();
const LIMIT = 10_000;

function memoFor(style: CasingStyle): { matches: Map<string, boolean>; converted: Map<string, string> } {
  let memo = remembered.get(style);
  if (memo === undefined) {
    memo = { matches: new Map(), converted: new Map() };
    remembered.set(style, memo);
  }
  return memo;
}

export function matchesCasingMemo(identifier: string, style: CasingStyle): boolean {
  const { matches } = memoFor(style);
  let answer = matches.get(identifier);
  if (answer === undefined) {
    if (matches.size > LIMIT) matches.clear();
    answer = matchesCasing(identifier, style);
    matches.set(identifier, answer);
  }
  return answer;
}

export function toCasingMemo(identifier: string, style: CasingStyle): string {
  const { converted } = memoFor(style);
  let answer = converted.get(identifier);
  if (answer === undefined) {
    if (converted.size > LIMIT) converted.clear();
    answer = toCasing(identifier, style);
    converted.set(identifier, answer);
  }
  return answer;
}
