// Writes src/config/known-ids.json: every id the configuration may name, from
// the registries themselves (schema rules, the ESLint plugin's rules, the stock
// spectral:oas rules, the diff checks). The config loader rejects any other id,
// so a typo is an error instead of a setting that silently does nothing.
// Run by the build after tsc (it reads the compiled registries); a test checks
// that the committed file matches them.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const load = (path) => import(pathToFileURL(join(root, 'dist', path)).href);

/** The file's text for the given registries; shared with the freshness test. */
export function knownIdsSource({ schemaRuleIds, engineCodes, codeRuleIds, stockRuleIds, checkIds }) {
  const sorted = (ids) => [...new Set(ids)].sort();
  return `${JSON.stringify({ rules: sorted([...schemaRuleIds, ...engineCodes, ...codeRuleIds, ...stockRuleIds]), checks: sorted(checkIds) }, null, 2)}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [{ schemaRules }, engine, remote, plugin, { CHECKS }, { oas }] = await Promise.all([
    load('rules/registry.js'),
    load('src/lint/engine.js'),
    load('src/lint/remote-refs.js'),
    load('eslint-plugin/index.js'),
    load('src/checks/registry.js'),
    import('@stoplight/spectral-rulesets'),
  ]);
  const source = knownIdsSource({
    schemaRuleIds: schemaRules.map((rule) => rule.id),
    engineCodes: [engine.INTERNAL_ERROR_CODE, remote.REMOTE_REF_CODE],
    codeRuleIds: Object.keys(plugin.rules),
    stockRuleIds: Object.keys(oas.rules),
    checkIds: CHECKS.map((check) => check.id),
  });
  const target = join(root, 'src', 'config', 'known-ids.json');
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // first generation
  }
  if (current !== source) {
    writeFileSync(target, source);
    writeFileSync(join(root, 'dist', 'src', 'config', 'known-ids.json'), source);
    console.log('generate-known-ids: src/config/known-ids.json updated');
  }
}
