import { GitError } from './git-error.ts'
import { runGit } from './run-git.ts'
import { assertBranchName } from './safe-args.ts'

// Git for workspace copies (clones and worktrees) and file listings. Paths handed in here are
// the gateway's own (validated and built by core); branch names pass assertBranchName; every
// client-influenced value goes after `--` so git never reads it as an option.

/** Cloning a large repository takes a while; hooks do not run on clone. */
const CLONE_TIMEOUT_MS = 300_000
const NETWORK_TIMEOUT_MS = 120_000

/** `git clone -- <source> <dest>`, run from the destination's parent folder. */
export async function gitClone(source: string, dest: string, parent: string): Promise<void> {
  await runGit(parent, ['clone', '--quiet', '--', source, dest], { timeoutMs: CLONE_TIMEOUT_MS })
}

/** The URL of a remote, or null when the repository has no remote by that name. */
export async function gitRemoteUrl(repo: string, remote = 'origin'): Promise<string | null> {
  const result = await runGit(repo, ['remote', 'get-url', '--', remote], { okExitCodes: [0, 2] })
  return result.exitCode === 0 ? result.stdout.trim() || null : null
}

export async function gitSetRemoteUrl(repo: string, remote: string, url: string): Promise<void> {
  await runGit(repo, ['remote', 'set-url', '--', remote, url])
}

/** Adds a worktree at `path` on `branch`: checks out the branch when it exists, else creates it from HEAD. */
export async function gitWorktreeAdd(repo: string, path: string, branch: string): Promise<void> {
  assertBranchName(branch)
  const exists = await gitBranchExists(repo, branch)
  const args = exists ? ['worktree', 'add', '--', path, branch] : ['worktree', 'add', '-b', branch, '--', path]
  await runGit(repo, args, { timeoutMs: 60_000 })
}

/** Removes a worktree (uncommitted changes included) and prunes what git remembers of it. */
export async function gitWorktreeRemove(repo: string, path: string): Promise<void> {
  await runGit(repo, ['worktree', 'remove', '--force', '--', path], { okExitCodes: [0, 128] })
  await runGit(repo, ['worktree', 'prune'])
}

export async function gitBranchExists(repo: string, branch: string): Promise<boolean> {
  assertBranchName(branch)
  const result = await runGit(repo, ['show-ref', '--verify', '--quiet', `refs/heads/${branch}`], { okExitCodes: [0, 1] })
  return result.exitCode === 0
}

/** The branch checked out in `repo`, or null on a detached HEAD. */
export async function gitCurrentBranch(repo: string): Promise<string | null> {
  const result = await runGit(repo, ['symbolic-ref', '--quiet', '--short', 'HEAD'], { okExitCodes: [0, 1] })
  return result.exitCode === 0 ? result.stdout.trim() : null
}

/** `git branch -m -- <from> <to>`. */
export async function gitRenameBranch(repo: string, from: string, to: string): Promise<void> {
  assertBranchName(from)
  assertBranchName(to)
  await runGit(repo, ['branch', '-m', '--', from, to])
}

/**
 * Moves the current branch's upstream from `oldBranch` to `newBranch` on its remote: pushes the
 * branch under the new name, deletes the old remote branch (already gone is fine) and tracks
 * the new one.
 */
export async function gitRenameUpstream(repo: string, oldBranch: string, newBranch: string): Promise<void> {
  assertBranchName(oldBranch)
  assertBranchName(newBranch)
  const branch = await gitCurrentBranch(repo)
  if (!branch) throw new GitError('GIT_FAILED', 'the worktree has no branch checked out')
  const remote = await upstreamRemote(repo, branch)
  await runGit(repo, ['push', '--', remote, `refs/heads/${branch}:refs/heads/${newBranch}`], { timeoutMs: NETWORK_TIMEOUT_MS })
  if (oldBranch !== newBranch) {
    await runGit(repo, ['push', '--', remote, `:refs/heads/${oldBranch}`], { timeoutMs: NETWORK_TIMEOUT_MS, okExitCodes: [0, 1] })
  }
  await runGit(repo, ['fetch', '--quiet', '--', remote, `refs/heads/${newBranch}:refs/remotes/${remote}/${newBranch}`], { timeoutMs: NETWORK_TIMEOUT_MS })
  await runGit(repo, ['branch', `--set-upstream-to=${remote}/${newBranch}`, '--', branch])
}

async function upstreamRemote(repo: string, branch: string): Promise<string> {
  const configured = await runGit(repo, ['config', '--get', `branch.${branch}.remote`], { okExitCodes: [0, 1] })
  const remote = configured.stdout.trim() || 'origin'
  if (remote.startsWith('-') || remote === '.' || /[\s\0]/.test(remote)) throw new GitError('GIT_FAILED', 'the branch has no usable upstream remote')
  if (await gitRemoteUrl(repo, remote) === null) throw new GitError('GIT_FAILED', `the repository has no remote ${remote}`)
  return remote
}

/**
 * Copies a worktree's uncommitted changes (tracked and untracked) into another working tree:
 * stages everything in the worktree, takes the staged diff and applies it with a three-way
 * merge in `target`. False when the worktree had no changes.
 */
export async function gitApplyChanges(worktree: string, target: string): Promise<boolean> {
  await runGit(worktree, ['add', '--all', '--', '.'])
  const diff = await runGit(worktree, ['diff', '--cached', '--binary', '--no-ext-diff'], { maxBytes: 64 * 1024 * 1024 })
  if (diff.truncated) throw new GitError('GIT_FAILED', 'the worktree\'s changes are too large to apply')
  if (diff.stdout.trim() === '') return false
  await runGit(target, ['apply', '--3way', '--whitespace=nowarn'], { input: diff.stdout })
  return true
}

/**
 * Files git would show in `dir`: tracked plus untracked-but-not-ignored, relative to `dir`,
 * at most `limit` of them.
 */
export async function gitListFiles(dir: string, limit: number): Promise<string[]> {
  const result = await runGit(dir, ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { maxBytes: 32 * 1024 * 1024, recordEnd: 0 })
  const files = new Set<string>()
  for (const path of result.stdout.split('\0')) {
    if (path === '') continue
    files.add(path) // a conflicted file is listed once per stage
    if (files.size >= limit) break
  }
  return [...files]
}
