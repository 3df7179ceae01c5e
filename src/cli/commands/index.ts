import type { Command } from 'commander';
import { registerBaseline } from './baseline.js';
import { registerCheck } from './check.js';
import { registerChecks } from './checks.js';
import { registerDiff } from './diff.js';
import { registerInit } from './init.js';
import { registerLint } from './lint.js';
import { registerRoutesCommand } from './routes.js';

export type RegisterCommand = (program: Command) => void;

/** Each subcommand lives in its own file and registers itself here. */
export const commands: RegisterCommand[] = [registerLint, registerDiff, registerChecks, registerRoutesCommand, registerCheck, registerBaseline, registerInit];
