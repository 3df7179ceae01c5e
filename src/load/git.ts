import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { runGit, type GitResult } from './run-git.js';
import type { DocumentSource } from './spec.js';

export interface RevisionSource {
  /** What the user wrote, used as the display name (`origin/main:schemas/openapi.json`). */
  display: string;
  /** The file on disk, or the path inside the revision. */
  file: string;
  /** Set when the text came from git. */
  revision?: string;
  text?: string;
  /** Set with `revision`: where the document's `$ref`ed files are read from. */
  source?: DocumentSource;
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

/** A git revision opened for reading: its files by working-tree path, as a loader source. */
export interface RevisionFiles {
  /** The repository's top folder (absolute). */
  top: string;
  /** The file's text at the revision; undefined when it has no such file (or it lies outside the repository). */
  read(absolutePath: string): string | undefined;
  /** `REV:path/in/repository`, for messages. */
  display(absolutePath: string): string;
}

/** Resolves `revision` to a commit once; files are then read from that commit, through git with argument arrays. */
export function openRevision(revision: string, cwd: string, display: string): RevisionFiles {
  if (revision.startsWith('-')) throw new InputError(`"${revision}" is not a git revision`, { file: display });
  const commit = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], cwd);
  if (!commit.ok) throw new InputError(`unknown git revision "${revision}"`, { file: display });
  const sha = commit.stdout.trim();
  const topResult = git(['rev-parse', '--show-toplevel'], cwd);
  if (!topResult.ok) throw new InputError('not inside a git repository', { file: display });
  const top = topResult.stdout.trim();
  const inRepository = (absolutePath: string): string | undefined => {
    const path = relative(top, absolutePath).split('\\').join('/');
    return path.startsWith('..') || isAbsolute(path) ? undefined : path;
  };
  return {
    top,
    read(absolutePath) {
      const path = inRepository(absolutePath);
      if (path === undefined) return undefined;
      const shown = git(['show', `${sha}:${path}`], cwd);
      return shown.ok ? shown.stdout : undefined;
    },
    display: (absolutePath) => `${revision}:${inRepository(absolutePath) ?? absolutePath}`,
  };
}

/** A file on disk or `REV:path`; for a revision, also the source its `$ref`ed files are read from. */
export function resolveSource(argument: string, cwd: string): RevisionSource {
  const spec = parseRevisionSpec(argument, cwd);
  if (spec === undefined) return { display: argument, file: argument };
  const files = openRevision(spec.revision, cwd, argument);
  // a relative path is taken from the current directory, as for a file on disk
  const location = resolve(cwd, spec.path);
  const inRepository = relative(files.top, location).split('\\').join('/');
  if (inRepository.startsWith('..') || isAbsolute(inRepository)) throw new InputError('the path is outside the git repository', { file: argument });
  const text = files.read(location);
  if (text === undefined) throw new InputError(`"${inRepository}" does not exist at revision ${spec.revision}`, { file: argument });
  return {
    display: argument,
    file: spec.path,
    revision: spec.revision,
    text,
    source: { location, read: (path) => files.read(path), display: (path) => files.display(path) },
  };
}
