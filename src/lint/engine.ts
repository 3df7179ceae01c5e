import type { ApigovConfig, ConventionsConfig } from '../config/types.js';
import { Vocabulary } from '../conventions/vocabulary.js';
import { compareFindings, type Finding, type JsonPath, type OperationRef } from '../findings.js';
import type { Level } from '../levels.js';
import type { SourceDocument } from '../load/document.js';
import { HTTP_METHODS, type Located, type OpenApiModel } from '../openapi/model.js';
import { isExempt } from './exemptions.js';
import type { RuleContext, RuleReport, SchemaRule } from './rule.js';

export const INTERNAL_ERROR_CODE = 'internal-error';

/** A finding before source positions are looked up. */
export interface RawFinding {
  code: string;
  level: Level;
  message: string;
  document: SourceDocument;
  path: JsonPath;
  operations: OperationRef[];
}

const vocabularies = new WeakMap<ConventionsConfig, Vocabulary>();

export function vocabularyFor(conventions: ConventionsConfig): Vocabulary {
  let vocabulary = vocabularies.get(conventions);
  if (vocabulary === undefined) {
    vocabulary = new Vocabulary({
      singletons: conventions.singletons,
      uncountables: conventions.uncountables,
      extraVerbs: conventions.extra_verbs,
      extraNouns: conventions.extra_nouns,
      representations: conventions.representations,
    });
    vocabularies.set(conventions, vocabulary);
  }
  return vocabulary;
}

export function effectiveLevel(rule: Pick<SchemaRule, 'id' | 'level'>, config: ApigovConfig): Level | 'off' {
  return config.rules[rule.id] ?? rule.level;
}

function operationsAt(model: OpenApiModel, path: JsonPath, document: SourceDocument): OperationRef[] {
  if (document !== model.root || path[0] !== 'paths' || typeof path[1] !== 'string') return [];
  const method = path[2];
  if (typeof method === 'string' && (HTTP_METHODS as readonly string[]).includes(method)) return [{ method, path: path[1] }];
  return model.operationsOn(path[1]);
}

/** Runs one rule; a rule that throws yields one internal-error finding instead. */
export function runRule(rule: SchemaRule, model: OpenApiModel, config: ApigovConfig, level: Level = rule.level): RawFinding[] {
  const findings: RawFinding[] = [];
  const seen = new Set<string>();
  const context: RuleContext = {
    model,
    config,
    conventions: config.conventions,
    vocabulary: vocabularyFor(config.conventions),
    report(report: RuleReport) {
      const located: Located | undefined = Array.isArray(report.at) ? undefined : (report.at as Located);
      const document = located?.document ?? model.root;
      const path = located?.path ?? (report.at as JsonPath);
      const operations = report.operations ?? operationsAt(model, path, document);
      if (isExempt({ code: rule.id, path, operations }, config.exemptions)) return;
      const key = `${document.file}\u0000${path.join('\u0000')}\u0000${report.message}`;
      if (seen.has(key)) return;
      seen.add(key);
      findings.push({ code: rule.id, level, message: report.message, document, path, operations });
    },
  };
  try {
    rule.run(context);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [
      {
        code: INTERNAL_ERROR_CODE,
        level: 'error',
        message: `rule ${rule.id} failed on this document and was skipped: ${reason}`,
        document: model.root,
        path: [],
        operations: [],
      },
    ];
  }
  return findings;
}

export function runRules(model: OpenApiModel, config: ApigovConfig, rules: readonly SchemaRule[]): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const rule of rules) {
    const level = effectiveLevel(rule, config);
    if (level === 'off') continue;
    findings.push(...runRule(rule, model, config, level));
  }
  return findings;
}

/** Looks up every finding's source position, one batch per document. */
export function locateFindings(raw: readonly RawFinding[], docsUrl?: (code: string) => string | undefined): Finding[] {
  const byDocument = new Map<SourceDocument, RawFinding[]>();
  for (const finding of raw) {
    const list = byDocument.get(finding.document);
    if (list === undefined) byDocument.set(finding.document, [finding]);
    else list.push(finding);
  }
  const findings: Finding[] = [];
  for (const [document, list] of byDocument) {
    document.locateAll(list.map((finding) => finding.path));
    for (const finding of list) {
      const url = docsUrl?.(finding.code);
      findings.push({
        code: finding.code,
        level: finding.level,
        message: finding.message,
        file: document.file,
        path: finding.path,
        range: document.rangeOf(finding.path),
        source: 'schema',
        operations: finding.operations,
        ...(url === undefined ? {} : { docsUrl: url }),
      });
    }
  }
  return findings.sort(compareFindings);
}
