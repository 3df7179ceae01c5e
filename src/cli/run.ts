import { Command, CommanderError } from 'commander';
import { InputError, UsageError } from '../errors.js';
import { commands } from './commands/index.js';
import { toolVersion } from '../version.js';

import { EXIT_INPUT_ERROR, EXIT_INTERNAL_ERROR, EXIT_OK } from './exit-codes.js';

/** Runs the CLI and returns the exit code; never throws. */
export async function run(argv: string[]): Promise<number> {
  const program = new Command('apigov')
    .description('Governance checks for REST APIs: schema lint, route-code lint and breaking-change diff.')
    .version(toolVersion())
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  for (const register of commands) register(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT_OK;
  } catch (error) {
    return reportError(error);
  }
}

function reportError(error: unknown): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
      return EXIT_OK;
    }
    return EXIT_INPUT_ERROR;
  }
  if (error instanceof InputError) {
    process.stderr.write(`apigov: ${error.format()}\n`);
    return EXIT_INPUT_ERROR;
  }
  if (error instanceof UsageError) {
    process.stderr.write(`apigov: ${error.message}\n`);
    return EXIT_INPUT_ERROR;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`apigov: internal error: ${message}\nPlease report this with the command you ran.\n`);
  if (process.env['APIGOV_DEBUG'] && error instanceof Error) process.stderr.write(`${error.stack ?? ''}\n`);
  return EXIT_INTERNAL_ERROR;
}

