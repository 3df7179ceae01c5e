import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';
import type { Level } from '../../src/levels.js';

export interface ApigovRuleDocs {
  description: string;
  /** The rule's level on apigov's one scale; `configs.recommended` maps it to ESLint's. */
  level: Level;
  /** False only for rules whose doc says why they are not in `configs.recommended`. */
  recommended: boolean;
}

export const DOCS_BASE_URL = 'https://github.com/apigov/apigov/blob/main/docs/eslint/';

const withDocsUrl = ESLintUtils.RuleCreator<ApigovRuleDocs>((name) => `${DOCS_BASE_URL}${name}.md`);

/**
 * typescript-eslint's `RuleCreator`, with the merged options remembered.
 * Its `create` deep-clones the defaults for every rule on every file; ESLint
 * hands each file the same option objects from the same config, so the merge
 * is done once per configuration instead (thousands of times on a big tree).
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  spec: Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, ApigovRuleDocs>>,
): TSESLint.RuleModule<MessageIds, Options, ApigovRuleDocs> {
  const rule = withDocsUrl(spec);
  const defaults = (spec.meta.defaultOptions ?? spec.defaultOptions ?? []) as Options;
  let withoutUserOptions: Options | undefined;
  const byUserOption = new WeakMap<object, Options>();
  const optionsFor = (userOptions: readonly unknown[]): Options => {
    if (userOptions.length === 0) return (withoutUserOptions ??= freeze(ESLintUtils.applyDefault<Options, Options>(defaults, userOptions as Options)));
    const first: unknown = userOptions[0];
    if (userOptions.length !== 1 || typeof first !== 'object' || first === null) return ESLintUtils.applyDefault<Options, Options>(defaults, userOptions as Options);
    let merged = byUserOption.get(first);
    if (merged === undefined) {
      merged = freeze(ESLintUtils.applyDefault<Options, Options>(defaults, userOptions as Options));
      byUserOption.set(first, merged);
    }
    return merged;
  };
  return {
    ...rule,
    create: (context: Readonly<TSESLint.RuleContext<MessageIds, Options>>): TSESLint.RuleListener => spec.create(context, optionsFor(context.options)),
  };
}

/** Shared between files, so no rule may change them. */
function freeze<Options extends readonly unknown[]>(options: Options): Options {
  for (const option of options) if (typeof option === 'object' && option !== null) Object.freeze(option);
  return Object.freeze(options);
}
