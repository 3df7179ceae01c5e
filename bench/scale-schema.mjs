// Makes an OpenAPI document N times the size of the original: N copies of
// every path and component schema, the copies renamed and their $refs
// rewritten, so the document stays valid and every copy lints like the original.
export function scaleSchema(document, factor) {
  if (factor <= 1) return document;
  const scaled = structuredClone(document);
  const schemas = document.components?.schemas ?? {};
  const names = Object.keys(schemas);
  scaled.paths = {};
  scaled.components = { ...document.components, schemas: {} };
  for (let copy = 0; copy < factor; copy += 1) {
    const suffix = copy === 0 ? '' : String(copy + 1);
    const rename = (text) =>
      suffix === ''
        ? text
        : text.replace(/"#\/components\/schemas\/([^"]+)"/g, (_match, name) => (names.includes(name) ? `"#/components/schemas/${name}${suffix}"` : _match));
    for (const [path, item] of Object.entries(document.paths ?? {})) {
      // /v1/datasets/{id} → /v1/datasets2/{id}: the first resource segment gets the copy number
      const copyPath = suffix === '' ? path : path.replace(/^(\/v\d+)?\/([^/{]+)/, (_m, version = '', segment) => `${version}/${segment}${suffix}`);
      const copied = JSON.parse(rename(JSON.stringify(item)));
      for (const operation of Object.values(copied)) {
        if (operation && typeof operation === 'object' && typeof operation.operationId === 'string') operation.operationId += suffix;
      }
      scaled.paths[copyPath] = copied;
    }
    for (const name of names) scaled.components.schemas[`${name}${suffix}`] = JSON.parse(rename(JSON.stringify(schemas[name])));
  }
  return scaled;
}
