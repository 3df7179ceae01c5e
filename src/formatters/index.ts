import type { Finding } from '../findings.js';
import type { Level } from '../levels.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export type FormatName = 'stylish' | 'json' | 'sarif' | 'github' | 'junit';

export const FORMAT_NAMES: readonly FormatName[] = ['stylish', 'json', 'sarif', 'github', 'junit'];

/** What a rule or check is, for formats that describe rules (SARIF). */
export interface RuleDescriptor {
  id: string;
  description: string;
  /** The rule's default (configured) level, not decided here. */
  level: Level;
  helpUri?: string;
}

export interface FormatContext {
  /** Defaults to `apigov`. */
  toolName?: string;
  toolVersion: string;
  /** SARIF `tool.driver.informationUri`; omitted when not given. */
  informationUri?: string;
  rules: RuleDescriptor[];
  /** File paths are made relative to this in SARIF and GitHub output. */
  cwd: string;
  /** ANSI colors in `stylish`; only when exactly `true`, never by default. */
  color?: boolean;
  /** Every file that was checked, so JUnit can show clean files as passing test cases. */
  files?: string[];
}

export function isFormatName(value: string): value is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(value);
}

/** Renders findings; every format is deterministic and accepts an empty list. */
export function formatFindings(findings: readonly Finding[], format: FormatName, context: FormatContext): string {
  switch (format) {
    case 'stylish':
      return formatStylish(findings, context);
    case 'json':
      return formatJson(findings);
    case 'sarif':
      return formatSarif(findings, context);
    case 'github':
      return formatGithub(findings, context);
    case 'junit':
      return formatJunit(findings, context);
    default: {
      const unknown: never = format;
      throw new Error(`unknown format: ${String(unknown)}`);
    }
  }
}

export { formatGithub, formatJson, formatJunit, formatSarif, formatStylish };
export { toSarifLog } from './sarif.js';
export type { SarifLog } from './sarif.js';
