import type { Command } from 'commander';
import type { DiffCommandOptions } from './diff-run.js';

export const DIFF_FORMATS = ['text', 'json', 'markdown', 'sarif', 'github', 'junit'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description('Compare two versions of an OpenAPI document and flag the changes that break clients.')
    .argument('[documents...]', 'base and revision: files or REV:path (e.g. origin/main:schemas/openapi.json)')
    .option('--base <ref>', 'compare the one named file against itself at this git revision')
    .option('-f, --format <format>', `output format: ${DIFF_FORMATS.join(', ')}`, 'text')
    .option('--fail-on <level>', 'exit 1 when a change that is not accepted is at least: error, warning, or none', 'error')
    .option('--all', 'with --format json: print the whole diff model instead of the findings')
    .option('-c, --config <file>', 'configuration file (default: apigov.config.yaml in the current folder)')
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--accepted <file>', 'accepted breaking changes (default: apigov-accepted.yaml in the project root)')
    .option('--allow-remote-refs', 'fetch $refs that point at http(s) URLs')
    .option('--today <date>', 'judge sunset dates as of this day (YYYY-MM-DD) instead of today')
    .action(async (positional: string[], options: DiffCommandOptions) => {
      // Loaded on use, so other commands do not pay for the diff engine and its 80-odd checks at start-up.
      const { runDiffCommand } = await import('./diff-run.js');
      await runDiffCommand(positional, options);
    });
}
