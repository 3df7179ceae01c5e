/**
 * Finds where JSON paths are in JSON text without building a syntax tree:
 * one scan over the text resolves a whole batch of paths, skipping every value
 * that no requested path goes into. Source positions are only computed for
 * the findings we report, so this cost is paid once per file with findings.
 */
import type { JsonPath } from '../findings.js';

export interface TextSpan {
  /** Offset of the value (as Spectral reports it), not of its key. */
  start: number;
  /** Offset just past the value. */
  end: number;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  wanted: boolean;
  span?: TextSpan;
}

function newNode(): TrieNode {
  return { children: new Map(), wanted: false };
}

const QUOTE = 34;
const BACKSLASH = 92;

export function locateJsonPaths(text: string, paths: readonly JsonPath[]): Map<string, TextSpan> {
  const root = newNode();
  for (const path of paths) {
    let node = root;
    for (const token of path) {
      const key = String(token);
      let child = node.children.get(key);
      if (child === undefined) {
        child = newNode();
        node.children.set(key, child);
      }
      node = child;
    }
    node.wanted = true;
  }

  let index = 0;
  const length = text.length;

  const skipWhitespace = (): void => {
    while (index < length) {
      const code = text.charCodeAt(index);
      if (code === 32 || code === 10 || code === 13 || code === 9) index += 1;
      else break;
    }
  };

  const readString = (): string => {
    // index is at the opening quote
    const begin = index + 1;
    let cursor = begin;
    let escaped = false;
    while (cursor < length) {
      const code = text.charCodeAt(cursor);
      if (code === BACKSLASH) {
        escaped = true;
        cursor += 2;
        continue;
      }
      if (code === QUOTE) break;
      cursor += 1;
    }
    const raw = text.slice(begin, cursor);
    index = cursor + 1;
    return escaped ? (JSON.parse(`"${raw}"`) as string) : raw;
  };

  // Skipping is most of the scan, so it jumps with native searches instead of stepping a character at a time.
  const skipString = (): void => {
    let cursor = index + 1;
    for (;;) {
      const quote = text.indexOf('"', cursor);
      if (quote < 0) {
        index = length;
        return;
      }
      let backslashes = 0;
      while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes += 1;
      if (backslashes % 2 === 0) {
        index = quote + 1;
        return;
      }
      cursor = quote + 1;
    }
  };

  const structure = /["[\]{}]/g;

  /** Skips any value, nested containers included, without looking inside. */
  const skipValue = (): void => {
    const first = text.charCodeAt(index);
    if (first === QUOTE) {
      skipString();
      return;
    }
    if (first === 123 || first === 91) {
      let depth = 0;
      structure.lastIndex = index;
      for (;;) {
        const match = structure.exec(text);
        if (match === null) {
          index = length;
          return;
        }
        const at = match.index;
        const code = text.charCodeAt(at);
        if (code === QUOTE) {
          index = at;
          skipString();
          structure.lastIndex = index;
        } else if (code === 123 || code === 91) {
          depth += 1;
        } else {
          depth -= 1;
          if (depth === 0) {
            index = at + 1;
            return;
          }
        }
      }
    }
    while (index < length) {
      const code = text.charCodeAt(index);
      if (code === 44 || code === 125 || code === 93 || code === 32 || code === 10 || code === 13 || code === 9) return;
      index += 1;
    }
  };

  const visit = (node: TrieNode): void => {
    skipWhitespace();
    const valueStart = index;
    const first = text.charCodeAt(index);
    if (node.children.size > 0 && first === 123) {
      index += 1;
      skipWhitespace();
      while (index < length && text.charCodeAt(index) !== 125) {
        const key = readString();
        skipWhitespace();
        index += 1; // colon
        const child = node.children.get(key);
        if (child === undefined) {
          skipWhitespace();
          skipValue();
        } else {
          visit(child);
        }
        skipWhitespace();
        if (text.charCodeAt(index) === 44) {
          index += 1;
          skipWhitespace();
        }
      }
      index += 1;
    } else if (node.children.size > 0 && first === 91) {
      index += 1;
      skipWhitespace();
      let position = 0;
      while (index < length && text.charCodeAt(index) !== 93) {
        const child = node.children.get(String(position));
        if (child === undefined) skipValue();
        else visit(child);
        position += 1;
        skipWhitespace();
        if (text.charCodeAt(index) === 44) {
          index += 1;
          skipWhitespace();
        }
      }
      index += 1;
    } else {
      skipValue();
    }
    node.span = { start: valueStart, end: index };
  };

  skipWhitespace();
  visit(root);

  const spans = new Map<string, TextSpan>();
  const collect = (node: TrieNode, path: string[], closest: TextSpan | undefined): void => {
    const span = node.span ?? closest;
    if (node.wanted && span !== undefined) spans.set(JSON.stringify(path), span);
    for (const [key, child] of node.children) collect(child, [...path, key], span);
  };
  collect(root, [], root.span);
  return spans;
}

export function pathKey(path: JsonPath): string {
  return JSON.stringify(path.map(String));
}
