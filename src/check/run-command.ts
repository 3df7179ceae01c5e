import { spawnSync } from 'node:child_process';

export type CommandOutcome =
  | { ok: true; stdout: string }
  | { ok: false; reason: string };

function tail(text: string, lines: number): string {
  const all = text.trimEnd().split('\n');
  return all.slice(-lines).join('\n');
}

/**
 * Runs a configured program with its arguments as given: no shell, so no
 * word splitting, globbing or interpolation of anything in them.
 */
export function runCommand(command: readonly string[], cwd: string, timeoutSeconds: number): CommandOutcome {
  const [program, ...args] = command;
  if (program === undefined) return { ok: false, reason: 'the command is empty' };
  const result = spawnSync(program, args, {
    cwd,
    encoding: 'utf8',
    shell: false,
    timeout: Math.round(timeoutSeconds * 1000),
    killSignal: 'SIGKILL',
    maxBuffer: 512 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const shown = command.map((part) => (/^[\w./=:@+-]+$/.test(part) ? part : JSON.stringify(part))).join(' ');
  if (result.error !== undefined) {
    const code = (result.error as NodeJS.ErrnoException).code;
    if (code === 'ETIMEDOUT') return { ok: false, reason: `\`${shown}\` did not finish within ${timeoutSeconds} s and was stopped` };
    if (code === 'ENOENT') return { ok: false, reason: `\`${shown}\` cannot be run: "${program}" was not found` };
    return { ok: false, reason: `\`${shown}\` cannot be run: ${result.error.message}` };
  }
  if (result.status !== 0) {
    const why = result.status === null ? `was killed by ${result.signal ?? 'a signal'}` : `exited with status ${result.status}`;
    const stderr = tail(result.stderr ?? '', 5);
    return { ok: false, reason: `\`${shown}\` ${why}${stderr === '' ? '' : `: ${stderr}`}` };
  }
  return { ok: true, stdout: result.stdout ?? '' };
}
