import type { Command } from 'commander';
import { registerRoutesCommand } from './routes.js';

export type RegisterCommand = (program: Command) => void;

/** Each subcommand lives in its own file and registers itself here. */
export const commands: RegisterCommand[] = [registerRoutesCommand];
