import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { parsePathTemplate, type ParsedPath, type PathSegment } from '../../src/conventions/paths.js';
import { fullPath, type FileModel } from '../routes/index.js';

/** A path written in the file: a route's own path, a mount prefix, a base path or a controller prefix. */
export interface PathUnit {
  text: string;
  parsed: ParsedPath;
  /** The literal it is written in; undefined when it comes from the file name. */
  node: TSESTree.Node | undefined;
  reportNode: TSESTree.Node;
  /** The most complete path this file knows, for exemptions. */
  exemptionPath: string;
}

/**
 * Every known path of the file, each once. Prefixes are judged where they are
 * written, not again at every route below them.
 */
const parsedByPattern = new Map<string, Map<string, ParsedPath>>();

/** Parsed templates, remembered: parsing is pure and the same paths recur across files. */
export function parsedPath(text: string, versionPattern: string): ParsedPath {
  let parsedCache = parsedByPattern.get(versionPattern);
  if (parsedCache === undefined) {
    parsedCache = new Map();
    parsedByPattern.set(versionPattern, parsedCache);
  }
  let parsed = parsedCache.get(text);
  if (parsed === undefined) {
    if (parsedCache.size > 10_000) parsedCache.clear();
    parsed = parsePathTemplate(text, { versionPattern });
    parsedCache.set(text, parsed);
  }
  return parsed;
}

const unitCache = new WeakMap<FileModel, { versionPattern: string; units: PathUnit[] }>();

export function pathUnits(model: FileModel, versionPattern: string): PathUnit[] {
  const cached = unitCache.get(model);
  if (cached !== undefined && cached.versionPattern === versionPattern) return cached.units;
  const units = collectUnits(model, versionPattern);
  unitCache.set(model, { versionPattern, units });
  return units;
}

function collectUnits(model: FileModel, versionPattern: string): PathUnit[] {
  const units: PathUnit[] = [];
  const seen = new Set<string>();
  const add = (text: string, node: TSESTree.Node | undefined, reportNode: TSESTree.Node, exemptionPath: string): void => {
    const key = node === undefined ? `file:${text}` : `${node.range[0]}:${text}`;
    if (seen.has(key)) return;
    seen.add(key);
    units.push({ text, parsed: parsedPath(text, versionPattern), node, reportNode, exemptionPath });
  };
  for (const route of model.routes) {
    if (!route.path.known) continue;
    add(route.path.text, route.pathNode, route.pathNode ?? route.node, fullPath(route).text);
  }
  for (const mount of model.mounts) {
    if (mount.prefix.known && mount.prefix.text !== '') add(mount.prefix.text, mount.node, mount.node, mount.prefix.text);
  }
  for (const prefix of model.ownerPrefixes.values()) {
    if (prefix.known && prefix.text !== '' && prefix.node !== undefined) add(prefix.text, prefix.node, prefix.node, prefix.text);
  }
  return units;
}

/** Static segments that name resources; file names (`openapi.json`, `export.csv`) are not judged as words. */
export function staticSegments(parsed: ParsedPath): Array<Extract<PathSegment, { kind: 'static' }>> {
  return parsed.segments.filter((segment): segment is Extract<PathSegment, { kind: 'static' }> => segment.kind === 'static' && !segment.value.includes('.'));
}

/**
 * Rewrites one segment inside the string literal that declares it, when it
 * occurs there exactly once; otherwise no rewrite is offered.
 */
export function replaceInPath(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.Node | undefined,
  from: string,
  to: string,
): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix) | undefined {
  if (node === undefined || (node.type !== AST_NODE_TYPES.Literal && node.type !== AST_NODE_TYPES.TemplateLiteral)) return undefined;
  const text = sourceCode.getText(node);
  const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<=[/'"\`:{[]|^)${escaped}(?=[/'"\`}\\]?({]|$)`, 'g');
  const matches = text.match(pattern);
  if (matches === null || matches.length !== 1) return undefined;
  const replaced = text.replace(pattern, to);
  return (fixer) => fixer.replaceText(node, replaced);
}
