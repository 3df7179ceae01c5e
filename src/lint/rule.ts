import type { ApigovConfig, ConventionsConfig } from '../config/types.js';
import type { Vocabulary } from '../conventions/vocabulary.js';
import type { JsonPath, OperationRef } from '../findings.js';
import type { Level } from '../levels.js';
import type { Located, OpenApiModel } from '../openapi/model.js';

export interface RuleReport {
  message: string;
  /** Where the finding is: a located node, or a JSON path in the root document. */
  at: Located | JsonPath;
  /** The operations concerned; derived from `at` when it is inside `paths`. */
  operations?: OperationRef[];
}

export interface RuleContext {
  readonly model: OpenApiModel;
  readonly config: ApigovConfig;
  readonly conventions: ConventionsConfig;
  readonly vocabulary: Vocabulary;
  report(report: RuleReport): void;
}

/** One schema rule: everything about its id lives in its own file under `rules/functions/`. */
export interface SchemaRule {
  /** Public id, equal to the file name and to the Spectral and ESLint rule names. */
  id: string;
  level: Level;
  /** One line: what the rule checks. */
  description: string;
  /** One line: why the team wants it. */
  rationale: string;
  /** OpenAPI (YAML) snippets for the docs: one flagged, one clean. */
  examples: { bad: string; good: string };
  run(context: RuleContext): void;
}

export function defineRule(rule: SchemaRule): SchemaRule {
  return rule;
}
