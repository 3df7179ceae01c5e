import type { Discovery } from './discover.js';
import { routeGlobs } from './discover.js';

function yamlString(value: string): string {
  return /^[\w./*{},@-]+$/.test(value) && !/^[*{]/.test(value) ? value : JSON.stringify(value);
}

function list(items: readonly string[], indent: string): string {
  return items.map((item) => `${indent}- ${yamlString(item)}`).join('\n');
}

/** A commented starter configuration naming what `apigov init` found. */
export function starterConfig(found: Discovery): string {
  const lines = [
    '# apigov configuration, written by `apigov init`. Every key is optional; see docs/check.md.',
    '',
    '# The OpenAPI documents of the project (JSON or YAML, OpenAPI 2.0/3.0/3.1).',
  ];
  if (found.schemas.length > 0) lines.push('schemas:', list(found.schemas, '  '));
  else lines.push('# No OpenAPI document was found; name yours here.', 'schemas: []');
  lines.push('', '# Route code the ESLint plugin checks (TypeScript/JavaScript; Express, Fastify, Hono, NestJS, Koa, Next.js).');
  const globs = routeGlobs(found.routeFiles);
  if (globs.length > 0) lines.push('routes:', list(globs, '  '));
  else lines.push('# routes:', '#   - src/routes/**/*.ts');
  lines.push(
    '',
    'lint:',
    '  # Which new schema findings fail `apigov check`: always | added-or-changed | added.',
    '  # `added-or-changed` lets a legacy API adopt a new rule for what each change touches.',
    '  mode: always',
    '',
    'check:',
    '  # The branch pull requests are compared with; CI usually passes --base instead.',
    '  # base: origin/main',
    '  baseline_file: apigov-baseline.json',
    '  fail_severity: error',
    '',
  );
  const schema = found.schemas[0];
  if (found.routerFolders.length > 0 && schema !== undefined) {
    lines.push(
      '# The schema looks generated from the router code below: warn when that code changes without the schema,',
      '# or set `command` to regenerate it and fail on any difference.',
      'drift:',
      '  sources:',
      list(found.routerFolders.map((folder) => `${folder}/**`), '    '),
      '  # command: [tox, run, -e, build_openapi_schema]',
      '  # timeout_seconds: 300',
      '',
    );
  } else {
    lines.push('# drift:', '#   command: [npm, run, build:openapi]   # program and arguments, no shell', '#   sources: [src/**/routers/**]', '');
  }
  lines.push(
    '# Generated artifacts that must change with the schema:',
    '# co_change:',
    `#   - when: [${schema ?? 'schemas/openapi.json'}]`,
    '#     require: [clients/typescript/src/types.ts]',
    '#     reason: the client types are generated from the schema',
    '',
    '# Exceptions, each with a reason:',
    '# exemptions:',
    '#   - reason: Liveness probe called by the load balancer at a fixed URL.',
    '#     paths: [/healthz]',
    '',
  );
  return lines.join('\n');
}

/** A GitHub Actions workflow that runs the gate on every pull request and keeps one PR comment up to date. */
export function githubWorkflow(): string {
  return `# Written by \`apigov init\`: the apigov gate on every pull request.
name: apigov
on: pull_request
permissions:
  contents: read
  pull-requests: write
  security-events: write
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0 # check compares with the merge base, so it needs the history
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - name: apigov check
        run: npx apigov check --base "origin/\${{ github.base_ref }}" --format github --markdown-out apigov-comment.md --sarif-out apigov.sarif
      - name: Upload SARIF
        if: always()
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: apigov.sarif
      - name: Update the PR comment
        # The report starts with a hidden marker, so the same comment is edited on every push.
        if: always() && github.event.pull_request.head.repo.full_name == github.repository
        uses: actions/github-script@v7
        with:
          script: |
            const body = require('fs').readFileSync('apigov-comment.md', 'utf8');
            const marker = '<!-- apigov-check -->';
            const { owner, repo } = context.repo;
            const issue_number = context.issue.number;
            const comments = await github.paginate(github.rest.issues.listComments, { owner, repo, issue_number });
            const previous = comments.find((comment) => (comment.body ?? '').startsWith(marker));
            if (previous) await github.rest.issues.updateComment({ owner, repo, comment_id: previous.id, body });
            else await github.rest.issues.createComment({ owner, repo, issue_number, body });
`;
}
