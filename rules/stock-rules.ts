/**
 * How apigov tunes Spectral's stock `spectral:oas` ruleset, with the reason
 * for each change. `.spectral.yaml` is generated from this list, and
 * `apigov lint` applies the same list when `lint.spectral_oas` is on. Every
 * stock rule not named here is kept as it is, because it catches a real
 * defect (an invalid schema, a duplicate operationId, an undefined path
 * parameter, a broken example, an unused component).
 */
export interface StockRuleTuning {
  rule: string;
  setting: 'off' | 'error' | 'warn' | 'info' | 'hint';
  reason: string;
}

export const stockRuleTuning: readonly StockRuleTuning[] = [
  {
    rule: 'operation-success-response',
    setting: 'off',
    reason: "apigov's status-code-classes demands a 2xx, which is stricter; keeping both would report one missing success response twice.",
  },
  { rule: 'info-contact', setting: 'off', reason: 'Generated schemas (FastAPI) carry no contact; ownership lives in the repository.' },
  {
    rule: 'operation-tag-defined',
    setting: 'off',
    reason: 'FastAPI emits operation tags without declaring them at the top level, so this fires on every operation of a generated schema.',
  },
  {
    rule: 'oas3-api-servers',
    setting: 'off',
    reason: 'Where a self-hosted server is reachable is a deployment detail, not something a generated schema knows.',
  },
  { rule: 'oas2-api-host', setting: 'off', reason: 'The same as oas3-api-servers, for OpenAPI 2.0.' },
  { rule: 'oas2-api-schemes', setting: 'off', reason: 'The same as oas3-api-servers, for OpenAPI 2.0.' },
  { rule: 'info-description', setting: 'info', reason: 'A missing description is worth a hint while writing, not a failed build.' },
  { rule: 'operation-description', setting: 'info', reason: 'A missing description is worth a hint while writing, not a failed build.' },
];
