/**
 * The one severity scale of apigov, and its mapping onto every other tool's
 * scale. Nothing else in the code base converts severities.
 */
export const LEVELS = ['error', 'warning', 'info', 'hint'] as const;
export type Level = (typeof LEVELS)[number];
/** A configured level: `off` turns a rule or check off. */
export type LevelSetting = Level | 'off';

const RANK: Record<Level, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/** True when `level` is at least as severe as `threshold`. */
export function isAtLeast(level: Level, threshold: Level): boolean {
  return RANK[level] <= RANK[threshold];
}

export function compareLevels(a: Level, b: Level): number {
  return RANK[a] - RANK[b];
}

/** Spectral's DiagnosticSeverity: 0 error, 1 warning, 2 information, 3 hint. */
export function toSpectralSeverity(level: Level): 0 | 1 | 2 | 3 {
  return RANK[level] as 0 | 1 | 2 | 3;
}

export function fromSpectralSeverity(severity: number): Level {
  return LEVELS[severity] ?? 'error';
}

/** Spectral's ruleset severity names. */
export function toSpectralSeverityName(level: Level): 'error' | 'warn' | 'info' | 'hint' {
  return level === 'warning' ? 'warn' : level;
}

/** ESLint: 2 error, 1 warn; ESLint has nothing below a warning. */
export function toEslintSeverity(level: LevelSetting): 0 | 1 | 2 {
  if (level === 'off') return 0;
  return level === 'error' ? 2 : 1;
}

export function toSarifLevel(level: Level): 'error' | 'warning' | 'note' {
  if (level === 'error') return 'error';
  if (level === 'warning') return 'warning';
  return 'note';
}

export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}
