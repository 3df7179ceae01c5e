import { normalizePath } from '../conventions/paths.js';
import { fromPointer, toPointer, type Finding, type JsonPath } from '../findings.js';
import { valueAt } from '../load/resolver.js';
import { shortHash } from './canonical.js';
import { operationKey } from './operations.js';

/**
 * Identity of a finding across commits, for new-versus-existing and the
 * baseline: the rule id, the file and the finding's place in the document,
 * never its line number or message. In the place, the path template is
 * normalized (renaming `{id}` to `{book_id}` keeps the identity) and a
 * parameter is named by `in:name` rather than by its position in the list.
 */
export function schemaSubject(path: JsonPath, document: unknown, versionPattern?: string): string {
  const options = versionPattern === undefined ? {} : { versionPattern };
  const tokens: string[] = [];
  for (let index = 0; index < path.length; index += 1) {
    const token = path[index] as string | number;
    if (index === 1 && path[0] === 'paths') {
      tokens.push(normalizePath(String(token), options));
      continue;
    }
    if (typeof token === 'number' && path[index - 1] === 'parameters') {
      tokens.push(parameterName(valueAt(document, path.slice(0, index + 1)), document) ?? String(token));
      continue;
    }
    tokens.push(String(token));
  }
  return toPointer(tokens);
}

function parameterName(parameter: unknown, document: unknown): string | undefined {
  let current = parameter;
  // A parameter may be a `$ref` to components/parameters; follow local ones.
  for (let hops = 0; hops < 8 && current !== null && typeof current === 'object'; hops += 1) {
    const record = current as Record<string, unknown>;
    const ref = record['$ref'];
    if (typeof ref === 'string' && ref.startsWith('#')) {
      current = valueAt(document, fromPointer(ref));
      continue;
    }
    if (typeof record['name'] === 'string' && typeof record['in'] === 'string') return `${record['in']}:${record['name']}`;
    return undefined;
  }
  return undefined;
}

/** The operation a schema finding's pointer sits under, e.g. `GET /v1/books/{}`. */
export function operationOfPath(path: JsonPath, versionPattern?: string): string | undefined {
  if (path[0] !== 'paths' || typeof path[1] !== 'string' || typeof path[2] !== 'string') return undefined;
  return operationKey(path[2], path[1], versionPattern);
}

export function schemaFingerprint(finding: Finding, projectFile: string, document: unknown, versionPattern?: string): string {
  return shortHash(JSON.stringify(['schema', finding.code, projectFile, schemaSubject(finding.path, document, versionPattern)]));
}

/**
 * Route code has no JSON pointer: a code finding is identified by its rule,
 * its file, the text of the flagged source line (trimmed, so indentation does
 * not count) and how many identical ones come before it in the file.
 */
export function codeFingerprints(findings: readonly Finding[], projectFile: string, sourceText: string): string[] {
  const lines = sourceText.split(/\r?\n/);
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const lineText = (lines[finding.range.start.line] ?? '').trim();
    const key = JSON.stringify(['code', finding.code, projectFile, lineText]);
    const ordinal = seen.get(key) ?? 0;
    seen.set(key, ordinal + 1);
    return shortHash(`${key}#${ordinal}`);
  });
}

/** Findings of the check itself (drift, co-change): the code, the file and what they are about. */
export function checkFingerprint(code: string, projectFile: string, subject: string): string {
  return shortHash(JSON.stringify(['check', code, projectFile, subject]));
}
