import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { serializeBaseline } from '../../check/baseline.js';
import { projectFile } from '../../check/files.js';
import { loadBaselineFor } from '../../check/run-check.js';
import { currentBaselineEntries, updateBaseline } from '../../check/write-baseline.js';
import { UsageError } from '../../errors.js';
import { EXIT_OK } from '../exit-codes.js';
import { loadProjectConfig } from '../shared.js';

interface BaselineCommandOptions {
  config?: string;
  output?: string;
  prune?: boolean;
}

export function registerBaseline(program: Command): void {
  program
    .command('baseline')
    .description('Write the current findings to the baseline file, so `apigov check` fails only on new ones.')
    .option('-c, --config <file>', 'configuration file (default: apigov.config.yaml in the current folder)')
    .option('-o, --output <file>', 'baseline file (default: check.baseline_file, apigov-baseline.json)')
    .option('--prune', 'only drop entries whose findings were fixed; add nothing new')
    .action(async (options: BaselineCommandOptions) => {
      const { config, projectRoot, file: configFile } = loadProjectConfig(options.config);
      if (config.schemas.length === 0) throw new UsageError('nothing to baseline: list the OpenAPI documents under `schemas` in apigov.config.yaml');
      const cwd = process.cwd();
      const target = options.output === undefined
        ? projectFile(config.check.baseline_file, projectRoot, cwd)
        : projectFile(resolve(cwd, options.output), projectRoot, cwd);
      const previous = loadBaselineFor({ config, projectRoot, cwd, baselineFile: target.absolute });
      const update = updateBaseline(previous, await currentBaselineEntries(config, projectRoot, cwd, configFile === undefined ? undefined : resolve(configFile)), options.prune === true);
      writeFileSync(target.absolute, serializeBaseline(update.entries));
      const total = update.entries.reduce((sum, entry) => sum + entry.count, 0);
      process.stderr.write(
        `apigov: wrote ${target.display}: ${total} finding${total === 1 ? '' : 's'} (${update.added} added, ${update.dropped} dropped as fixed)\n`,
      );
      process.exitCode = EXIT_OK;
    });
}
