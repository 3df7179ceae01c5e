import { InputError, UsageError } from '../errors.js';
import { runGit, type GitResult } from '../load/run-git.js';

/** The few git questions `apigov check` asks, through the one git runner. */
function git(args: string[], cwd: string): GitResult {
  return runGit(args, cwd, '`apigov check --base`');
}

export interface GitRepository {
  /** Absolute path of the working tree's top folder. */
  root: string;
  shallow: boolean;
}

export function openRepository(cwd: string): GitRepository {
  const top = git(['rev-parse', '--show-toplevel'], cwd);
  if (!top.ok) throw new UsageError(`--base needs a git repository, and ${cwd} is not inside one`);
  const shallow = git(['rev-parse', '--is-shallow-repository'], cwd);
  return { root: top.stdout.trim(), shallow: shallow.ok && shallow.stdout.trim() === 'true' };
}

function fetchAdvice(ref: string): string {
  const branch = ref.replace(/^origin\//, '');
  return (
    `fetch it first, e.g. \`git fetch --depth=100 origin ${branch}\` ` +
    '(GitHub Actions: `actions/checkout` with `fetch-depth: 0`; GitLab CI: `GIT_DEPTH: 0`)'
  );
}

/**
 * The commit to compare with: the merge base of `ref` and HEAD, so changes
 * made on the base branch since the branch point are not blamed on the change.
 */
export function resolveBase(repository: GitRepository, ref: string): string {
  if (ref.startsWith('-')) throw new UsageError(`--base "${ref}" is not a git revision`);
  const commit = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], repository.root);
  if (!commit.ok) {
    const why = repository.shallow ? 'is not in this shallow clone' : 'does not exist in this repository';
    throw new InputError(`the base revision "${ref}" ${why}; ${fetchAdvice(ref)}`, { file: '--base' });
  }
  const sha = commit.stdout.trim();
  const mergeBase = git(['merge-base', sha, 'HEAD'], repository.root);
  if (!mergeBase.ok) {
    const why = repository.shallow
      ? 'the clone is too shallow to hold the commit where the change branched off'
      : 'it shares no history with HEAD';
    throw new InputError(`cannot find where HEAD branched off "${ref}": ${why}; ${fetchAdvice(ref)}`, { file: '--base' });
  }
  return mergeBase.stdout.trim();
}

/** A file's text at a commit, or undefined when it does not exist there. `path` is relative to the repository root. */
export function readAtCommit(repository: GitRepository, commit: string, path: string): string | undefined {
  const shown = git(['show', `${commit}:${path}`], repository.root);
  return shown.ok ? shown.stdout : undefined;
}

/** Files (repository-relative) that differ between `commit` and the working tree, untracked ones included. */
export function changedFiles(repository: GitRepository, commit: string): string[] {
  const changed = git(['diff', '--name-only', '--no-renames', '-z', commit, '--'], repository.root);
  if (!changed.ok) throw new InputError(`git diff failed: ${changed.stderr}`, { file: '--base' });
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z'], repository.root);
  const names = new Set(changed.stdout.split('\0').filter((name) => name !== ''));
  if (untracked.ok) for (const name of untracked.stdout.split('\0')) if (name !== '') names.add(name);
  return [...names].sort();
}
