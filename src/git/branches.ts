import { GitError } from './git-error.ts'
import { requireRepoRoot } from './repo-root.ts'
import { runGit } from './run-git.ts'
import { assertBranchName } from './safe-args.ts'

/** One local branch (GET /v1/projects/{projectId}/git/branches). */
export interface GitBranch {
  name: string
  /** True for the branch HEAD is on. */
  current: boolean
  /** Committer date of the branch's tip, ISO 8601 in UTC. */
  lastCommitAt: string
}

// lstrip=2 rather than :short, which turns refs/heads/x into "heads/x" when a tag x exists.
const BRANCH_FORMAT = '%(refname:lstrip=2)%00%(HEAD)%00%(committerdate:unix)'

/**
 * The local branches of the repository containing `cwd`, most recent commit first (ties by
 * name). A fresh repository has none yet: its unborn branch appears only in gitSummary.
 */
export async function gitBranches(cwd: string): Promise<GitBranch[]> {
  const root = await requireRepoRoot(cwd)
  // With several --sort keys the last is the primary one.
  const listed = await runGit(root, ['for-each-ref', '--sort=refname', '--sort=-committerdate', `--format=${BRANCH_FORMAT}`, 'refs/heads/'])
  // Branch names cannot hold a newline or a NUL (check-ref-format), so lines and %00 split safely.
  return listed.stdout.split('\n').filter(line => line !== '').map(line => {
    const [name, head, seconds] = line.split('\0')
    return { name, current: head === '*', lastCommitAt: new Date(Number(seconds) * 1000).toISOString() }
  })
}

/**
 * Switches the work tree containing `cwd` to an existing local branch (POST
 * /v1/projects/{projectId}/git/checkout) and returns the branch HEAD is on afterwards. Never
 * creates a branch: an unknown name is BRANCH_NOT_FOUND, and `--no-guess` stops git from
 * making one out of a remote-tracking branch. Git's refusals (local changes in the way, the
 * branch checked out in another worktree) come back as GIT_FAILED with git's own words.
 */
export async function gitCheckout(cwd: string, branch: unknown): Promise<{ branch: string }> {
  assertBranchName(branch)
  const root = await requireRepoRoot(cwd)
  // The argument starts with "refs/heads/", so it cannot read as an option.
  const known = await runGit(root, ['show-ref', '--verify', '--quiet', `refs/heads/${branch}`], { okExitCodes: [0, 1] })
  if (known.exitCode !== 0) throw new GitError('BRANCH_NOT_FOUND', 'no local branch has that name')
  await runGit(root, ['switch', '--no-guess', '--end-of-options', branch])
  return { branch: await currentBranch(root) }
}

async function currentBranch(root: string): Promise<string> {
  const head = await runGit(root, ['symbolic-ref', '--quiet', 'HEAD'])
  return head.stdout.trim().replace(/^refs\/heads\//, '')
}
