import { detectCasing, matchesCasing, toCasing } from '../../src/conventions/words.js';
import { defineRule } from '../../src/lint/rule.js';
import type { OperationRef } from '../../src/findings.js';
import { locationKey, type ParameterInfo } from '../../src/openapi/model.js';

/** `filter[status]` and `sort[]` style names: judge the name before the brackets. */
function baseName(name: string): string {
  const bracket = name.indexOf('[');
  return bracket > 0 ? name.slice(0, bracket) : name;
}

export default defineRule({
  id: 'query-param-casing',
  level: 'error',
  description: 'Query parameter names use the configured casing (snake_case by default).',
  rationale: 'The team separates words in query parameters with `_` (sort_by, filter_by); mixed casing makes every client guess.',
  examples: {
    bad: `parameters:
  - { name: returnUrl, in: query, schema: { type: string } }`,
    good: `parameters:
  - { name: return_url, in: query, schema: { type: string } }`,
  },
  run({ model, conventions, report }) {
    const style = conventions.casing.query_params;
    // A shared parameter (components/parameters) is reported once, with every operation using it.
    const offenders = new Map<string, { parameter: ParameterInfo; operations: OperationRef[] }>();
    for (const info of model.operations()) {
      for (const parameter of model.parameters(info)) {
        if (parameter.in !== 'query' || matchesCasing(baseName(parameter.name), style)) continue;
        const key = locationKey(parameter.parameter);
        const entry = offenders.get(key) ?? { parameter, operations: [] };
        entry.operations.push({ method: info.method, path: info.path });
        offenders.set(key, entry);
      }
    }
    for (const { parameter, operations } of offenders.values()) {
      const name = baseName(parameter.name);
      report({
        message: `Query parameter "${parameter.name}" is ${detectCasing(name)}; use ${style}: "${toCasing(name, style)}".`,
        at: model.child(parameter.parameter, 'name'),
        operations,
      });
    }
  },
});
