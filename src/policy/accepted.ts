import { readFileSync } from 'node:fs';
import { loadYaml } from '../load/source.js';
import { InputError } from '../errors.js';
import type { AcceptedChange } from './model.js';

/**
 * `apigov-accepted.yaml`:
 *
 *     accepted:
 *       - fingerprint: 3f2a9c0d1e4b5a67
 *         reason: v1 clients were migrated in March (PLAT-1234)
 */
export function parseAcceptedChanges(text: string, file: string): AcceptedChange[] {
  const { LineCounter, parseDocument } = loadYaml();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const [syntaxError] = document.errors;
  if (syntaxError !== undefined) {
    const position = lineCounter.linePos(syntaxError.pos[0]);
    throw new InputError(`invalid accepted-changes file: ${syntaxError.message.split('\n')[0] ?? ''}`, { file, line: position.line, column: position.col });
  }
  const data: unknown = document.toJS() ?? {};
  const at = (path: Array<string | number>): { file: string; line: number; column: number } => {
    const node = document.getIn(path, true) as { range?: [number, number, number] } | undefined;
    const position = lineCounter.linePos(node?.range?.[0] ?? 0);
    return { file, line: position.line, column: position.col };
  };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError('the accepted-changes file must be a mapping with an "accepted" list', at([]));
  }
  const list = (data as Record<string, unknown>)['accepted'] ?? [];
  if (!Array.isArray(list)) throw new InputError('"accepted" must be a list', at(['accepted']));
  return list.map((entry: unknown, index) => {
    const record = entry !== null && typeof entry === 'object' ? (entry as Record<string, unknown>) : {};
    const fingerprint = record['fingerprint'];
    const reason = record['reason'];
    if (typeof fingerprint !== 'string' || !/^[0-9a-f]{16}$/.test(fingerprint)) {
      throw new InputError('each accepted change needs a "fingerprint" (16 hex digits, as apigov diff prints it)', at(['accepted', index]));
    }
    if (typeof reason !== 'string' || reason.trim().length < 3) {
      throw new InputError(`accepted change ${fingerprint} needs a "reason"`, at(['accepted', index]));
    }
    return { fingerprint, reason: reason.trim() };
  });
}

export function loadAcceptedChanges(file: string, required: boolean): AcceptedChange[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    if (required) throw new InputError('accepted-changes file not found or not readable', { file });
    return [];
  }
  return parseAcceptedChanges(text, file);
}
