import { createRequire } from 'node:module';
import type { Document } from 'yaml';
import { InputError } from '../errors.js';
import type { JsonPath } from '../findings.js';
import { SourceDocument } from './document.js';
import type { TextSpan } from './json-locator.js';
import { LineIndex } from './lines.js';

export { SourceDocument, type SourceFormat } from './document.js';

type YamlModule = typeof import('yaml');
let yamlModule: YamlModule | undefined;

/** `yaml` is loaded on the first YAML file, so a JSON-only run never pays for it. */
export function loadYaml(): YamlModule {
  yamlModule ??= createRequire(import.meta.url)('yaml') as YamlModule;
  return yamlModule;
}

function yamlSpan(document: Document, path: JsonPath): TextSpan {
  const { isMap, isNode, isScalar } = loadYaml();
  for (let length = path.length; length >= 0; length -= 1) {
    const prefix = path.slice(0, length);
    const node: unknown = length === 0 ? document.contents : document.getIn(prefix, true);
    if (!isNode(node) || node.range == null) continue;
    // Like Spectral: a mapping value starts right after its key's colon, so a
    // block value is reported on the key's line, not on the line below it.
    const parent: unknown = length === 0 ? undefined : document.getIn(path.slice(0, length - 1), true) ?? (length === 1 ? document.contents : undefined);
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(path[length - 1]));
      if (pair !== undefined && isScalar(pair.key) && pair.key.range != null) return { start: pair.key.range[1] + 1, end: node.range[1] };
    }
    return { start: node.range[0], end: node.range[1] };
  }
  return { start: 0, end: 0 };
}

function looksLikeJson(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === ' ' || char === '\n' || char === '\r' || char === '\t' || char === '\uFEFF') continue;
    return char === '{' || char === '[';
  }
  return false;
}

/** Parses JSON or YAML; a syntax error names the line and column. */
export function parseSource(text: string, file: string): SourceDocument {
  if (text.trim() === '') throw new InputError('the file is empty', { file, line: 1, column: 1 });
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (looksLikeJson(body) || file.endsWith('.json')) {
    try {
      return new SourceDocument(file, body, 'json', JSON.parse(body));
    } catch (error) {
      throw jsonSyntaxError(body, file, error as Error);
    }
  }
  const { LineCounter, parseDocument } = loadYaml();
  const lineCounter = new LineCounter();
  const document = parseDocument(body, { lineCounter, prettyErrors: false });
  const [error] = document.errors;
  if (error !== undefined) {
    const position = lineCounter.linePos(error.pos[0]);
    throw new InputError(`invalid YAML: ${error.message.split('\n')[0] ?? error.message}`, {
      file,
      line: position.line,
      column: position.col,
    });
  }
  return new SourceDocument(file, body, 'yaml', document.toJS({ maxAliasCount: -1 }), (path) => yamlSpan(document, path));
}

function jsonSyntaxError(text: string, file: string, error: Error): InputError {
  // V8 says "... at position N" or "(line L column C)"; both are turned into line:col.
  const lineColumn = /line (\d+) column (\d+)/.exec(error.message);
  const offsetMatch = /position (\d+)/.exec(error.message);
  let line = 1;
  let column = 1;
  if (lineColumn !== null) {
    line = Number(lineColumn[1]);
    column = Number(lineColumn[2]);
  } else if (offsetMatch !== null) {
    const position = new LineIndex(text).positionAt(Number(offsetMatch[1]));
    line = position.line + 1;
    column = position.character + 1;
  } else if (/end of (JSON )?input/i.test(error.message)) {
    const position = new LineIndex(text).positionAt(text.length);
    line = position.line + 1;
    column = position.character + 1;
  }
  const reason = error.message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+.*$/, '');
  return new InputError(`invalid JSON: ${reason}`, { file, line, column });
}
