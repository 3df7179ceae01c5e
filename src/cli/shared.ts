import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadConfig, type LoadedConfig } from '../config/load.js';
import { UsageError } from '../errors.js';
import { isLevel, type Level } from '../levels.js';

/** The config file named with --config, or the one in the current folder, or the defaults. */
export function loadProjectConfig(configFile: string | undefined): LoadedConfig & { projectRoot: string } {
  const loaded = loadConfig(configFile, process.cwd());
  const projectRoot = loaded.file === undefined ? process.cwd() : dirname(resolve(loaded.file));
  return { ...loaded, projectRoot };
}

export function parseLevelOption(value: string, option: string): Level {
  if (!isLevel(value)) throw new UsageError(`${option} must be one of error, warning, info, hint (got "${value}")`);
  return value;
}

/** Writes to a file when one is named, else to standard output. */
export function emit(text: string, outputFile: string | undefined): void {
  if (outputFile === undefined) {
    process.stdout.write(text);
    return;
  }
  writeFileSync(outputFile, text);
}
