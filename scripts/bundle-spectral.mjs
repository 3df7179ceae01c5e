// Bundles each schema rule into a self-contained Spectral function
// (rules/dist/functions/<id>.js) that imports nothing but @stoplight/spectral-*,
// so the stock Spectral CLI and the editor extension (which rewrites bare npm
// imports to a CDN URL, and so fails offline) can load it. Then writes
// rules/apigov.yaml, the YAML ruleset of our rules alone, from the registry.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { schemaRules } = await import(pathToFileURL(join(root, 'dist', 'rules', 'registry.js')).href);
const { toSpectralSeverityName } = await import(pathToFileURL(join(root, 'dist', 'src', 'levels.js')).href);
const { stockRuleTuning } = await import(pathToFileURL(join(root, 'dist', 'rules', 'stock-rules.js')).href);

const outDir = join(root, 'rules', 'dist', 'functions');
mkdirSync(outDir, { recursive: true });

await Promise.all(
  schemaRules.map((rule) =>
    build({
      stdin: {
        contents: [
          `import rule from ${JSON.stringify(join(root, 'rules', 'functions', `${rule.id}.ts`))};`,
          `import { toSpectralFunction } from ${JSON.stringify(join(root, 'rules', 'spectral-function.ts'))};`,
          'export default toSpectralFunction(rule);',
        ].join('\n'),
        resolveDir: root,
        sourcefile: `${rule.id}.entry.ts`,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      target: 'es2020',
      external: ['@stoplight/spectral-*'],
      outfile: join(outDir, `${rule.id}.js`),
      logLevel: 'warning',
      legalComments: 'none',
    }),
  ),
);

const quote = (text) => JSON.stringify(text);
const lines = [
  '# Generated from rules/registry.ts by `npm run build`; edit the rule files, not this file.',
  '# apigov\'s own rules alone (no spectral:oas): used by .spectral.yaml and by the benchmark.',
  'functionsDir: ./dist/functions',
  'functions:',
  ...schemaRules.map((rule) => `  - ${rule.id}`),
  'rules:',
];
for (const rule of schemaRules) {
  lines.push(
    `  ${rule.id}:`,
    `    description: ${quote(rule.description)}`,
    "    message: '{{error}}'",
    `    severity: ${toSpectralSeverityName(rule.level)}`,
    '    given: $',
    '    resolved: false',
    '    then:',
    `      function: ${rule.id}`,
  );
}
function writeIfChanged(target, content) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  if (current !== content) writeFileSync(target, content);
}
writeIfChanged(join(root, 'rules', 'apigov.yaml'), `${lines.join('\n')}\n`);

const editorRuleset = [
  '# Generated from rules/stock-rules.ts by `npm run build`; edit that file, not this one.',
  '# The ruleset the Spectral editor extension and the stock `spectral lint` pick up:',
  "# apigov's rules (rules/apigov.yaml, built by `npm ci`) plus spectral:oas for",
  '# structural validity. Every stock rule not retuned below is kept as it is,',
  '# because it catches a real defect (invalid schema, duplicate operationId,',
  '# undefined path parameter, broken example, unused component).',
  'extends:',
  '  - [spectral:oas, recommended]',
  '  - ./rules/apigov.yaml',
  'rules:',
  ...stockRuleTuning.flatMap((tuning) => [`  # ${tuning.setting === 'off' ? 'Off' : `Retuned to ${tuning.setting}`}: ${tuning.reason}`, `  ${tuning.rule}: ${tuning.setting}`]),
];
writeIfChanged(join(root, '.spectral.yaml'), `${editorRuleset.join('\n')}\n`);
