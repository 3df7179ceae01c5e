import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Command } from 'commander';
import { discoverProject } from '../../check/init/discover.js';
import { githubWorkflow, starterConfig } from '../../check/init/templates.js';
import { UsageError } from '../../errors.js';
import { EXIT_OK } from '../exit-codes.js';

interface InitCommandOptions {
  force?: boolean;
  workflow: boolean;
}

const WORKFLOW_FILE = join('.github', 'workflows', 'apigov.yml');

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('Find the OpenAPI documents and route code here and write a commented apigov.config.yaml and a CI workflow.')
    .argument('[dir]', 'the project folder', '.')
    .option('--force', 'overwrite an existing apigov.config.yaml')
    .option('--no-workflow', `do not write ${WORKFLOW_FILE}`)
    .action((dir: string, options: InitCommandOptions) => {
      const configPath = join(dir, 'apigov.config.yaml');
      if (existsSync(configPath) && options.force !== true) throw new UsageError(`${configPath} exists; use --force to overwrite it`);
      const found = discoverProject(dir);
      writeFileSync(configPath, starterConfig(found));
      const written = [relative(process.cwd(), configPath) || configPath];
      const workflowPath = join(dir, WORKFLOW_FILE);
      if (options.workflow && !existsSync(workflowPath)) {
        mkdirSync(dirname(workflowPath), { recursive: true });
        writeFileSync(workflowPath, githubWorkflow());
        written.push(relative(process.cwd(), workflowPath) || workflowPath);
      }
      process.stderr.write(
        `apigov: found ${found.schemas.length} OpenAPI document${found.schemas.length === 1 ? '' : 's'} and ${found.routeFiles.length} route file${found.routeFiles.length === 1 ? '' : 's'}; wrote ${written.join(', ')}\n`,
      );
      process.exitCode = EXIT_OK;
    });
}
