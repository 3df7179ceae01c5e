import type { OperationSummary, SecuritySchemeDiff, SecuritySchemesDiff, SecuritySchemeSummary, ValueChange } from './model.js';
import { operationSecurity, type OperationView } from './operation-view.js';
import { isObject, type Node, type SideReader } from './reader.js';

/** Where a side defines its schemes: 2.0 `securityDefinitions`, 3.x `components.securitySchemes`. */
function schemesOf(reader: SideReader): Map<string, Node> {
  const container = reader.version === '2.0' ? reader.get(reader.rootNode(), 'securityDefinitions') : reader.get(reader.rootNode(), 'components', 'securitySchemes');
  const schemes = new Map<string, Node>();
  if (!isObject(container.value)) return schemes;
  for (const name of Object.keys(container.value)) schemes.set(name, reader.get(container, name));
  return schemes;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** 2.0 says `type: basic` and one `flow`; 3.x says `type: http, scheme: basic` and `flows`. Both read as 3.x. */
function normalized(reader: SideReader, node: Node): { type?: string; in?: string; name?: string; scheme?: string; flows: Map<string, { tokenUrl?: string; authorizationUrl?: string; scopes: Set<string> }> } {
  const value = isObject(node.value) ? node.value : {};
  const flows = new Map<string, { tokenUrl?: string; authorizationUrl?: string; scopes: Set<string> }>();
  const readFlow = (flow: Record<string, unknown>): { tokenUrl?: string; authorizationUrl?: string; scopes: Set<string> } => ({
    ...(text(flow['tokenUrl']) === undefined ? {} : { tokenUrl: text(flow['tokenUrl']) }),
    ...(text(flow['authorizationUrl']) === undefined ? {} : { authorizationUrl: text(flow['authorizationUrl']) }),
    scopes: new Set(isObject(flow['scopes']) ? Object.keys(flow['scopes']) : []),
  });
  let type = text(value['type']);
  let scheme = text(value['scheme'])?.toLowerCase();
  if (reader.version === '2.0') {
    if (type === 'basic') {
      type = 'http';
      scheme = 'basic';
    }
    // 2.0 flow names → the 3.x ones
    const flowName = ({ implicit: 'implicit', password: 'password', application: 'clientCredentials', accessCode: 'authorizationCode' } as Record<string, string>)[text(value['flow']) ?? ''];
    if (type === 'oauth2' && flowName !== undefined) flows.set(flowName, readFlow(value));
  } else if (isObject(value['flows'])) {
    for (const [name, flow] of Object.entries(value['flows'])) if (isObject(flow)) flows.set(name, readFlow(flow));
  }
  return {
    ...(type === undefined ? {} : { type }),
    ...(text(value['in']) === undefined ? {} : { in: text(value['in']) }),
    ...(text(value['name']) === undefined ? {} : { name: text(value['name']) }),
    ...(scheme === undefined ? {} : { scheme }),
    flows,
  };
}

function change<T>(from: T | undefined, to: T | undefined): ValueChange<T | undefined> | undefined {
  return from === to ? undefined : { from, to };
}

/**
 * Security schemes by name, and for each changed one the operations of the
 * revision whose requirements name it: a scheme is only a change for the
 * clients of the operations that use it.
 */
export function diffSecuritySchemes(base: SideReader, revision: SideReader, revisionOperations: Iterable<OperationView>): SecuritySchemesDiff | undefined {
  const before = schemesOf(base);
  const after = schemesOf(revision);
  const summary = (reader: SideReader, name: string, node: Node): SecuritySchemeSummary => ({ name, location: reader.location(node) });
  const diff: SecuritySchemesDiff = { added: [], removed: [], modified: [] };
  for (const [name, node] of before) if (!after.has(name)) diff.removed.push(summary(base, name, node));
  let users: Map<string, OperationSummary[]> | undefined;
  const usersOf = (name: string): OperationSummary[] => {
    if (users === undefined) {
      users = new Map();
      for (const operation of revisionOperations) {
        for (const alternative of operationSecurity(revision, operation).alternatives) {
          for (const scheme of Object.keys(alternative)) {
            const list = users.get(scheme) ?? [];
            if (!list.includes(operation.summary)) list.push(operation.summary);
            users.set(scheme, list);
          }
        }
      }
    }
    return users.get(name) ?? [];
  };
  for (const [name, node] of after) {
    const previousNode = before.get(name);
    if (previousNode === undefined) {
      diff.added.push(summary(revision, name, node));
      continue;
    }
    const from = normalized(base, previousNode);
    const to = normalized(revision, node);
    const modified: SecuritySchemeDiff = { name, base: base.location(previousNode), revision: revision.location(node), usedBy: [], flows: [] };
    const type = change(from.type, to.type);
    const location = change(from.in, to.in);
    const parameter = change(from.name, to.name);
    const scheme = change(from.scheme, to.scheme);
    if (type !== undefined) modified.type = type;
    if (location !== undefined) modified.in = location;
    if (parameter !== undefined) modified.parameterName = parameter;
    if (scheme !== undefined) modified.scheme = scheme;
    for (const [flowName, flow] of to.flows) {
      const previous = from.flows.get(flowName);
      if (previous === undefined) continue;
      const tokenUrl = change(previous.tokenUrl, flow.tokenUrl);
      const authorizationUrl = change(previous.authorizationUrl, flow.authorizationUrl);
      const scopesRemoved = [...previous.scopes].filter((scope) => !flow.scopes.has(scope)).sort();
      const scopesAdded = [...flow.scopes].filter((scope) => !previous.scopes.has(scope)).sort();
      if (tokenUrl === undefined && authorizationUrl === undefined && scopesRemoved.length === 0 && scopesAdded.length === 0) continue;
      modified.flows.push({ flow: flowName, ...(tokenUrl === undefined ? {} : { tokenUrl }), ...(authorizationUrl === undefined ? {} : { authorizationUrl }), scopesRemoved, scopesAdded });
    }
    const removedFlows = [...from.flows.keys()].filter((flowName) => !to.flows.has(flowName)).sort();
    if (removedFlows.length > 0) modified.flowsRemoved = removedFlows;
    const changed = type !== undefined || location !== undefined || parameter !== undefined || scheme !== undefined || modified.flows.length > 0 || removedFlows.length > 0;
    if (!changed) continue;
    modified.usedBy = usersOf(name);
    diff.modified.push(modified);
  }
  return diff.added.length + diff.removed.length + diff.modified.length === 0 ? undefined : diff;
}
