import type { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { createRule } from '../../eslint-plugin/util/create-rule.js';

type Options = [{ casing?: string; words?: string[] }];

function probeRule() {
  const seen: Array<Readonly<Options>> = [];
  const rule = createRule<Options, 'probe'>({
    name: 'probe',
    meta: { type: 'suggestion', docs: { description: 'probe', level: 'warning', recommended: false }, messages: { probe: 'probe' }, schema: [{ type: 'object' }] },
    defaultOptions: [{ casing: 'snake_case', words: ['a'] }],
    create(_context, options) {
      seen.push(options);
      return {};
    },
  });
  const run = (options: unknown[]): Readonly<Options> => {
    rule.create({ options } as unknown as Readonly<TSESLint.RuleContext<'probe', Options>>);
    return seen[seen.length - 1] as Readonly<Options>;
  };
  return { rule, run };
}

describe('createRule', () => {
  it('keeps the docs URL and the default options of RuleCreator', () => {
    const { rule } = probeRule();
    expect(rule.meta.docs?.url).toBe('https://github.com/apigov/apigov/blob/main/docs/eslint/probe.md');
    expect(rule.defaultOptions).toEqual([{ casing: 'snake_case', words: ['a'] }]);
  });

  it('merges user options over the defaults the way RuleCreator does', () => {
    const { run } = probeRule();
    expect(run([])).toEqual([{ casing: 'snake_case', words: ['a'] }]);
    expect(run([{ casing: 'camelCase' }])).toEqual([{ casing: 'camelCase', words: ['a'] }]);
    expect(run([{ words: ['b'] }])).toEqual([{ casing: 'snake_case', words: ['b'] }]);
  });

  it('merges once per option object: every file of a config gets the same frozen result', () => {
    const { run } = probeRule();
    const fromConfig = { casing: 'camelCase' };
    const first = run([fromConfig]);
    expect(run([fromConfig])).toBe(first);
    expect(run([])).toBe(run([]));
    expect(run([{ casing: 'camelCase' }])).not.toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first[0])).toBe(true);
  });

  it('does not let one file change the defaults another file sees', () => {
    const { run } = probeRule();
    const options = run([]);
    expect(() => {
      (options[0] as { casing?: string }).casing = 'kebab-case';
    }).toThrow(TypeError);
    expect(run([])[0].casing).toBe('snake_case');
  });
});
