import { execFileSync } from 'node:child_process';
import { UsageError } from '../errors.js';

export type GitResult = { ok: true; stdout: string } | { ok: false; stderr: string };

/**
 * Runs git with an argument array, never through a shell, so nothing in a
 * ref or a path is interpreted. A failing git command is a result, not an
 * exception; a missing git binary is a usage error naming what needed it.
 */
export function runGit(args: string[], cwd: string, neededFor: string): GitResult {
  try {
    const stdout = execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 512 * 1024 * 1024 });
    return { ok: true, stdout };
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string | Buffer };
    if (failure.code === 'ENOENT') throw new UsageError(`git is not installed or not on PATH; ${neededFor} needs it`);
    return { ok: false, stderr: String(failure.stderr ?? failure.message).trim() };
  }
}
