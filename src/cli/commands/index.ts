import type { Command } from 'commander';
import { registerChecks } from './checks.js';
import { registerDiff } from './diff.js';
import { registerLint } from './lint.js';
import { registerRoutesCommand } from './routes.js';

export type RegisterCommand = (program: Command) => void;

/** Each subcommand lives in its own file and registers itself here. */
export const commands: RegisterCommand[] = [registerLint, registerDiff, registerChecks, registerRoutesCommand];
