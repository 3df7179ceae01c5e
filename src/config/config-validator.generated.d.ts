// Types for the generated module beside it (scripts/generate-config-validator.mjs).
import type { ErrorObject } from 'ajv';

export interface ConfigValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const validate: ConfigValidator;
export default validate;
