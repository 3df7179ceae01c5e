import type { JSONSchema } from '@typescript-eslint/utils';
import { CASING_STYLES } from '../../src/conventions/words.js';

/** The one option of the casing rules: `{ casing }`, overriding the configuration's style for that rule. */
export const casingOptionsSchema: JSONSchema.JSONSchema4ObjectSchema = {
  type: 'object',
  additionalProperties: false,
  properties: { casing: { type: 'string', enum: [...CASING_STYLES] } },
};
