import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { runGit, type GitResult } from './run-git.js';

export interface RevisionSource {
  /** What the user wrote, used as the display name (`origin/main:schemas/openapi.json`). */
  display: string;
  /** The file on disk, or the path inside the revision. */
  file: string;
  /** Set when the text came from git. */
  revision?: string;
  text?: string;
}

/** `REV:path` (not an existing file): a file at a git revision. */
export function parseRevisionSpec(argument: string, cwd: string): { revision: string; path: string } | undefined {
  if (existsSync(resolve(cwd, argument))) return undefined;
  const colon = argument.indexOf(':');
  // A one-letter prefix is a Windows drive (`C:\...`), not a revision.
  if (colon <= 0 || (colon === 1 && /^[A-Za-z]$/.test(argument.slice(0, 1)) && /^[\\/]/.test(argument.slice(2, 3)))) return undefined;
  return { revision: argument.slice(0, colon), path: argument.slice(colon + 1) };
}

function git(args: string[], cwd: string): GitResult {
  return runGit(args, cwd, 'reading a file at a revision');
}

/**
 * Reads `path` as it is at `revision`, through git with an argument array
 * (no shell, so nothing in the revision or path is interpreted). A relative
 * path is taken from the current directory, as for a file on disk.
 */
export function readAtRevision(revision: string, path: string, cwd: string): string {
  const display = `${revision}:${path}`;
  if (revision.startsWith('-')) throw new InputError(`"${revision}" is not a git revision`, { file: display });
  const commit = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], cwd);
  if (!commit.ok) throw new InputError(`unknown git revision "${revision}"`, { file: display });
  const sha = commit.stdout.trim();
  const top = git(['rev-parse', '--show-toplevel'], cwd);
  if (!top.ok) throw new InputError('not inside a git repository', { file: display });
  const absolute = resolve(cwd, path);
  const inRepo = relative(top.stdout.trim(), absolute).split('\\').join('/');
  if (inRepo.startsWith('..') || isAbsolute(inRepo)) throw new InputError('the path is outside the git repository', { file: display });
  const shown = git(['show', `${sha}:${inRepo}`], cwd);
  if (!shown.ok) throw new InputError(`"${inRepo}" does not exist at revision ${revision}`, { file: display });
  return shown.stdout;
}

/** A file on disk or `REV:path`. */
export function resolveSource(argument: string, cwd: string): RevisionSource {
  const spec = parseRevisionSpec(argument, cwd);
  if (spec === undefined) return { display: argument, file: argument };
  return { display: argument, file: spec.path, revision: spec.revision, text: readAtRevision(spec.revision, spec.path, cwd) };
}
