import { GatewayError } from '../errors.ts'
import { gitBranches, gitCheckout } from './branches.ts'
import type { BranchInfo } from './daemon-models.ts'
import { requireRepoRoot } from './repo-root.ts'
import { runGit } from './run-git.ts'
import { assertBranchName } from './safe-args.ts'

/** list_git_branches: local branches, most recent commit first, with the tip's committer time in unix seconds. */
export async function listGitBranches(dir: string): Promise<BranchInfo[]> {
  const branches = await gitBranches(dir)
  return branches.map(b => ({ name: b.name, last_commit: Math.round(Date.parse(b.lastCommitAt) / 1000) }))
}

/** checkout_git_branch: switches to an existing local branch (BRANCH_NOT_FOUND otherwise; see gitCheckout). */
export async function checkoutGitBranch(dir: string, name: unknown): Promise<void> {
  await gitCheckout(dir, name)
}

/**
 * create_git_branch: a new local branch at HEAD, checked out unless `checkout` is false.
 * The name must pass assertBranchName; an existing branch is BRANCH_ALREADY_EXISTS, never
 * reset. The name reaches git inside `--create=<name>` or after `--end-of-options`.
 */
export async function createGitBranch(dir: string, name: unknown, checkout: boolean = true): Promise<void> {
  assertBranchName(name)
  const root = await requireRepoRoot(dir)
  const known = await runGit(root, ['show-ref', '--verify', '--quiet', `refs/heads/${name}`], { okExitCodes: [0, 1] })
  if (known.exitCode === 0) throw new GatewayError('BRANCH_ALREADY_EXISTS', 'a local branch already has that name')
  if (checkout) await runGit(root, ['switch', '--no-guess', '--no-track', `--create=${name}`])
  else await runGit(root, ['branch', '--no-track', '--end-of-options', name])
}
