import { parsePathTemplate } from '../../src/conventions/paths.js';
import { defineRule } from '../../src/lint/rule.js';
import { isObject } from '../../src/openapi/model.js';

/** A server URL or 2.0 basePath ending in a version segment versions every path below it. */
function versionedByServers(data: unknown, versionPattern: string): boolean {
  if (!isObject(data)) return false;
  const urls: string[] = [];
  if (typeof data['basePath'] === 'string') urls.push(data['basePath']);
  if (Array.isArray(data['servers'])) {
    for (const server of data['servers']) if (isObject(server) && typeof server['url'] === 'string') urls.push(server['url']);
  }
  if (urls.length === 0) return false;
  return urls.every((url) => {
    const pathPart = url.replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/\{[^}]*\}$/, '');
    return parsePathTemplate(pathPart, { versionPattern }).segments.some((segment) => segment.kind === 'version');
  });
}

export default defineRule({
  id: 'paths-versioned',
  level: 'error',
  description: 'Every path starts with a version segment such as /v1/.',
  rationale: 'Breaking changes go under a new version (/v2/) while /v1/ stays as it was; that needs a version in every URL.',
  examples: {
    bad: `paths:
  /datasets:
    get: { responses: { '200': { description: OK } } }`,
    good: `paths:
  /v1/datasets:
    get: { responses: { '200': { description: OK } } }`,
  },
  run({ model, conventions, report }) {
    if (versionedByServers(model.root.data, conventions.version_pattern)) return;
    const paths = model.at(['paths']).value;
    if (!isObject(paths)) return;
    for (const path of Object.keys(paths)) {
      const parsed = parsePathTemplate(path, { versionPattern: conventions.version_pattern });
      const first = parsed.segments[0];
      if (first?.kind === 'version') continue;
      const versionSegment = parsed.segments.find((segment) => segment.kind === 'version');
      if (versionSegment?.kind === 'version') {
        report({
          message: `Path "${path}" has its version segment "${versionSegment.value}" after other segments; start the path with it: /${versionSegment.value}/...`,
          at: ['paths', path],
        });
        continue;
      }
      report({
        message: `Path "${path}" has no version segment; nest it under one (/v1${path === '/' ? '' : path}), or exempt it in apigov.config.yaml with a reason.`,
        at: ['paths', path],
      });
    }
  },
});
