import type { RulesetDefinition } from '@stoplight/spectral-core';
import type { Finding } from '../findings.js';
import { fromSpectralSeverity } from '../levels.js';
import type { SourceDocument } from '../load/document.js';
import { stockRuleTuning } from '../../rules/stock-rules.js';

/**
 * Runs Spectral's stock `spectral:oas` rules, tuned as `.spectral.yaml` tunes
 * them, on a document we already parsed. Loaded only when the configuration
 * asks for it, because Spectral's engine costs more than all our rules.
 */
export async function runStockOasRules(document: SourceDocument): Promise<Finding[]> {
  const [{ Spectral, Document }, parsers, { oas }] = await Promise.all([
    import('@stoplight/spectral-core'),
    import('@stoplight/spectral-parsers'),
    import('@stoplight/spectral-rulesets'),
  ]);
  const spectral = new Spectral();
  spectral.setRuleset({
    extends: [[oas as RulesetDefinition, 'recommended']],
    rules: Object.fromEntries(stockRuleTuning.map((tuning) => [tuning.rule, tuning.setting])),
  });
  const parser = document.format === 'json' ? parsers.Json : parsers.Yaml;
  const results = await spectral.run(new Document(document.text, parser as never, document.file));
  return results.map((result) => ({
    code: String(result.code),
    level: fromSpectralSeverity(result.severity),
    message: result.message,
    file: document.file,
    path: result.path.map((token) => (typeof token === 'number' ? token : String(token))),
    range: { start: result.range.start, end: result.range.end },
    source: 'schema',
  }));
}
