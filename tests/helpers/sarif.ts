import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';

/**
 * The official SARIF 2.1.0 schema. It is written as draft-04, but its only
 * draft-04-specific keyword is the top-level `id`; renamed to `$id`, Ajv's
 * default (draft-07) dialect reads it unchanged.
 */
export function sarifValidator(): ValidateFunction {
  const schemaPath = createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const { $schema: _draft, id, ...schema } = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
  // `unicodeRegExp: false`: the schema's `language` pattern has a stray `]` that is an error under the `u` flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  // The schema's formats, checked for real rather than ignored.
  ajv.addFormat('uri', (value: string) => URL.canParse(value) && !/\s/.test(value));
  ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'file:///base/') && !/[\s%](?![0-9A-Fa-f]{2})/.test(value));
  ajv.addFormat('date-time', (value: string) => /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value)));
  return ajv.compile({ ...schema, $id: String(id) });
}
