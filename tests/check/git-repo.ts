import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Files by repository-relative path; `null` deletes the file. */
export type FileTree = Record<string, string | null>;

/** git isolated from the machine's configuration, so a signing key or hook of the user never interferes. */
const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'apigov test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'apigov test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
};

export function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export function writeTree(root: string, files: FileTree): void {
  for (const [path, content] of Object.entries(files)) {
    const absolute = join(root, path);
    if (content === null) {
      rmSync(absolute, { force: true });
      continue;
    }
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, content);
  }
}

const created: string[] = [];

export function tempDir(prefix = 'apigov-check-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface RepoOptions {
  base: FileTree;
  /** Applied over the base on branch `feature`. */
  head: FileTree;
  /** Leave the head changes uncommitted in the working tree. */
  uncommitted?: boolean;
}

/** A real repository: `main` holds the base commit, `feature` (checked out) the head. */
export function makeRepo(options: RepoOptions): string {
  const root = tempDir();
  git(root, ['init', '-q', '-b', 'main']);
  writeTree(root, options.base);
  git(root, ['add', '-A']);
  git(root, ['commit', '-q', '-m', 'base']);
  git(root, ['checkout', '-q', '-b', 'feature']);
  writeTree(root, options.head);
  if (options.uncommitted !== true) {
    git(root, ['add', '-A']);
    git(root, ['commit', '-q', '--allow-empty', '-m', 'head']);
  }
  return root;
}
