/**
 * Runs the RuleTester cases of every rule, one file per rule under
 * `tests/eslint/rules/`. They run in one worker so the parser and TypeScript
 * load once, not once per rule.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../../eslint-plugin/index.js';

const casesDir = fileURLToPath(new URL('./rules/', import.meta.url));
const caseFiles = readdirSync(casesDir).filter((file) => file.endsWith('.ts')).sort();

describe('rule test cases', () => {
  it('exist for every rule, one file each', () => {
    expect(caseFiles.map((file) => file.replace(/\.ts$/, ''))).toEqual(Object.keys(rules).sort());
  });
});

for (const file of caseFiles) await import(`./rules/${file.replace(/\.ts$/, '.js')}`);
