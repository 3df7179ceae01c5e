// Runs a command and reports its wall time and peak memory (GNU time's max RSS).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const GNU_TIME = '/usr/bin/time';

export function measure(command, args, { cwd, timeoutMs = 300_000 } = {}) {
  const useTime = existsSync(GNU_TIME);
  // coreutils `timeout` kills the tool itself, not only the wrapper around it
  const limited = ['timeout', '--kill-after=5', String(Math.ceil(timeoutMs / 1000)), command, ...args];
  const started = process.hrtime.bigint();
  const run = useTime
    ? spawnSync(GNU_TIME, ['-f', '__MAXRSS__%M', ...limited], { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 })
    : spawnSync(limited[0], limited.slice(1), { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rss = /__MAXRSS__(\d+)/.exec(run.stderr ?? '');
  return {
    seconds,
    peakMb: rss ? Number(rss[1]) / 1024 : undefined,
    status: run.status,
    timedOut: run.status === 124 || run.status === 137,
    stdout: run.stdout ?? '',
    stderr: (run.stderr ?? '').replace(/__MAXRSS__\d+\s*$/, ''),
  };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Runs `repeat` times and keeps the median wall time and the largest peak memory. */
export function measureRepeated(command, args, options = {}) {
  const runs = [];
  for (let index = 0; index < (options.repeat ?? 3); index += 1) {
    const run = measure(command, args, options);
    runs.push(run);
    if (run.timedOut) break;
  }
  const last = runs[runs.length - 1];
  return {
    ...last,
    seconds: median(runs.map((run) => run.seconds)),
    peakMb: Math.max(...runs.map((run) => run.peakMb ?? 0)) || undefined,
    runs: runs.length,
  };
}
