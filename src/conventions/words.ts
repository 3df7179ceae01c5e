/**
 * Word splitting and casing. Every surface (ruleset, ESLint plugin, diff
 * engine) asks these functions what a word or a casing is, so they agree.
 */

export type Casing =
  | 'snake_case'
  | 'kebab-case'
  | 'camelCase'
  | 'PascalCase'
  | 'SCREAMING_SNAKE_CASE'
  | 'mixed';

const SEPARATORS = /[\s_\-.]+/;

/**
 * Splits an identifier into lower-case words.
 * `sortBy` → [sort, by]; `HTTPServer` → [http, server]; `api_keys` → [api, keys];
 * digits stay with the word they follow (`otlpv1`, `level2`) because
 * `otlp_v1` and `otlpv1` mean different spellings, not different words.
 */
export function splitWords(identifier: string): string[] {
  const words: string[] = [];
  for (const chunk of identifier.split(SEPARATORS)) {
    if (chunk === '') continue;
    // lower→Upper boundary, and the end of an acronym (HTTPServer → HTTP|Server)
    const spaced = chunk
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
    for (const word of spaced.split(' ')) {
      if (word !== '') words.push(word.toLowerCase());
    }
  }
  return words;
}

const SNAKE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;
const CAMEL = /^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$/;
const PASCAL = /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*$/;
const SCREAMING = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

/** A single lower-case word (`status`, `otlpv1`) is snake_case too. */
export function isSnakeCase(identifier: string): boolean {
  return SNAKE.test(identifier);
}

export function detectCasing(identifier: string): Casing {
  if (SNAKE.test(identifier)) return 'snake_case';
  if (KEBAB.test(identifier)) return 'kebab-case';
  if (CAMEL.test(identifier)) return 'camelCase';
  if (SCREAMING.test(identifier) && identifier.includes('_')) return 'SCREAMING_SNAKE_CASE';
  if (PASCAL.test(identifier)) return 'PascalCase';
  return 'mixed';
}

export function toSnakeCase(identifier: string): string {
  return splitWords(identifier).join('_');
}

export function toCamelCase(identifier: string): string {
  return splitWords(identifier)
    .map((word, index) => (index === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join('');
}

export function toKebabCase(identifier: string): string {
  return splitWords(identifier).join('-');
}

/** The casings a convention can require: every surface's options accept exactly these. */
export const CASING_STYLES = ['snake_case', 'camelCase', 'kebab-case'] as const;

export type CasingStyle = (typeof CASING_STYLES)[number];

export function matchesCasing(identifier: string, style: CasingStyle): boolean {
  switch (style) {
    case 'snake_case':
      return isSnakeCase(identifier);
    case 'camelCase':
      return SNAKE.test(identifier) && !identifier.includes('_') ? true : CAMEL.test(identifier);
    case 'kebab-case':
      return SNAKE.test(identifier) && !identifier.includes('_') ? true : KEBAB.test(identifier);
  }
}

export function toCasing(identifier: string, style: CasingStyle): string {
  switch (style) {
    case 'snake_case':
      return toSnakeCase(identifier);
    case 'camelCase':
      return toCamelCase(identifier);
    case 'kebab-case':
      return toKebabCase(identifier);
  }
}
