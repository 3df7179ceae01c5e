import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
// @ts-expect-error the generator is a plain .mjs script without types
import { configValidatorSource } from '../../scripts/generate-config-validator.mjs';

const generated = fileURLToPath(new URL('../../src/config/config-validator.generated.js', import.meta.url));

describe('the generated config validator', () => {
  it('is up to date with src/config/schema.ts (run `npm run build` after changing the schema)', () => {
    expect(readFileSync(generated, 'utf8')).toBe((configValidatorSource as (schema: unknown) => string)(configSchema));
  });

  it('loads no Ajv compiler at run time, only its string-length helper', () => {
    const source = readFileSync(generated, 'utf8');
    expect(source).not.toMatch(/require\(/);
    expect([...source.matchAll(/^import .* from '([^']+)';$/gm)].map((match) => match[1])).toEqual(['ajv/dist/runtime/ucs2length.js']);
  });
});
