import { gitCommit } from './commit.ts'
import type { GitCommitResult } from './commit.ts'
import { readStatus } from './daemon-status.ts'
import type { StatusEntry } from './daemon-status.ts'
import { GitError } from './git-error.ts'
import { requireRepoRoot } from './repo-root.ts'
import { runGit } from './run-git.ts'
import { resolveRepoPath } from './safe-args.ts'

// Index and work-tree changes for the daemon face. Client paths pass resolveRepoPath (inside
// the repository, not in .git, symlinks resolved) and reach git only after `--`, under
// --literal-pathspecs. A rename is handled as the pair of its paths, so staging, unstaging or
// reverting either side moves both, as in CodexMonitor.

/** stage_git_file: `git add -A` of the path (a deletion is staged as one). */
export async function stageGitFile(dir: string, path: unknown): Promise<void> {
  const root = await requireRepoRoot(dir)
  const paths = await withRenamePartner(root, await filePath(root, path))
  await runGit(root, ['add', '--all', '--', ...paths])
}

/** stage_git_all: `git add -A` of the whole work tree (ignored files stay out). */
export async function stageGitAll(dir: string): Promise<void> {
  const root = await requireRepoRoot(dir)
  await runGit(root, ['add', '--all', '--', '.'])
}

/** unstage_git_file: the index entry goes back to HEAD's (removed on a branch with no commit yet); the work tree is untouched. */
export async function unstageGitFile(dir: string, path: unknown): Promise<void> {
  const root = await requireRepoRoot(dir)
  const paths = await withRenamePartner(root, await filePath(root, path))
  if (await hasHead(root)) await runGit(root, ['restore', '--staged', '--', ...paths])
  else await runGit(root, ['rm', '--cached', '-r', '--quiet', '--ignore-unmatch', '--', ...paths])
}

/**
 * revert_git_file: discards every change to the path, staged and unstaged, back to HEAD
 * (CodexMonitor's `restore --staged --worktree`: a file added since HEAD is deleted). An
 * untracked path is deleted with `git clean -f`, which only ever removes files inside the
 * work tree, never ignored ones, and a symlink rather than its target. Refused on a branch
 * with no commit, where there is nothing to go back to.
 */
export async function revertGitFile(dir: string, path: unknown): Promise<void> {
  const root = await requireRepoRoot(dir)
  const rel = await filePath(root, path)
  await requireHead(root)
  const entries = await changesAt(root, rel)
  const tracked = renamePaths(entries.filter(e => e.x !== '?'))
  const untracked = entries.filter(e => e.x === '?').map(e => e.path)
  if (tracked.length > 0) await runGit(root, ['restore', '--source=HEAD', '--staged', '--worktree', '--', ...tracked])
  if (untracked.length > 0) await runGit(root, ['clean', '-f', '--quiet', '--', ...untracked])
}

/**
 * revert_git_all: the work tree and index back to HEAD, then untracked files and folders
 * deleted (`git clean -f -d`), as CodexMonitor does although its document says only
 * "unstaged changes". Ignored files (`.env`, `node_modules`) and nested repositories are
 * kept. Irreversible for untracked files. Refused on a branch with no commit, where it
 * would delete every file.
 */
export async function revertGitAll(dir: string): Promise<void> {
  const root = await requireRepoRoot(dir)
  await requireHead(root)
  await runGit(root, ['restore', '--source=HEAD', '--staged', '--worktree', '--', '.'])
  await runGit(root, ['clean', '-f', '-d', '--quiet', '--', '.'])
}

/** commit_git: commits what is staged, nothing more (see gitCommit). */
export async function commitGit(dir: string, message: unknown): Promise<GitCommitResult> {
  return gitCommit(dir, message)
}

// One file or folder below the root: the root itself would make a file action repository-wide.
async function filePath(root: string, path: unknown): Promise<string> {
  const rel = await resolveRepoPath(root, path)
  if (rel === '.') throw new GitError('INVALID_PATH', 'the path names the repository itself, not a file')
  return rel
}

async function withRenamePartner(root: string, rel: string): Promise<string[]> {
  const renames = (await changesAt(root, rel)).filter(e => e.origPath !== undefined)
  return [...new Set([rel, ...renamePaths(renames)])]
}

// The changed entries at or below `rel`, by either side of a rename. Status runs on the whole
// tree: limited to `rel`, git would not pair a rename whose other side lies outside it.
async function changesAt(root: string, rel: string): Promise<StatusEntry[]> {
  const under = (path: string | undefined) => path !== undefined && (path === rel || path.startsWith(`${rel}/`))
  return (await readStatus(root)).entries.filter(e => under(e.path) || under(e.origPath))
}

function renamePaths(entries: StatusEntry[]): string[] {
  return [...new Set(entries.flatMap(e => e.origPath === undefined ? [e.path] : [e.origPath, e.path]))]
}

async function hasHead(root: string): Promise<boolean> {
  return (await runGit(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { okExitCodes: [0, 1] })).exitCode === 0
}

async function requireHead(root: string): Promise<void> {
  if (!await hasHead(root)) throw new GitError('GIT_FAILED', 'the branch has no commit yet: there is nothing to revert to')
}
