import { createRequire } from 'node:module';
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
  // CommonJS packages, required on demand: most runs never load Spectral's engine.
  const require = createRequire(import.meta.url);
  const { Spectral, Document } = require('@stoplight/spectral-core') as typeof import('@stoplight/spectral-core');
  const parsers = require('@stoplight/spectral-parsers') as typeof import('@stoplight/spectral-parsers');
  const { oas } = require('@stoplight/spectral-rulesets') as typeof import('@stoplight/spectral-rulesets');
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
