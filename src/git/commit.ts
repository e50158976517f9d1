import { GitError } from './git-error.ts'
import { requireRepoRoot } from './repo-root.ts'
import { runGit } from './run-git.ts'
import { assertCommitMessage } from './safe-args.ts'

/** Hooks (pre-commit, commit-msg) and signing may take a while; they still must end. */
export const COMMIT_TIMEOUT_MS = 60_000

/** POST /v1/projects/{projectId}/git/commit. */
export interface GitCommitResult {
  /** Full object name of the new commit. */
  sha: string
  /** Its subject line, as git recorded it. */
  summary: string
}

/**
 * Commits what is already staged in the work tree containing `cwd`, nothing more: no `-a`,
 * and NOTHING_STAGED when the index matches HEAD. The message goes to git on stdin (`-F -`),
 * never on the command line. The user's hooks run. No identity is invented: without
 * user.name/user.email git refuses and its first line ("Author identity unknown") comes back
 * as GIT_FAILED.
 */
export async function gitCommit(cwd: string, message: unknown): Promise<GitCommitResult> {
  assertCommitMessage(message)
  const root = await requireRepoRoot(cwd)
  // Exit 1 means "there are differences"; on an unborn branch git compares with the empty tree.
  const staged = await runGit(root, ['diff', '--cached', '--quiet', '--no-ext-diff'], { okExitCodes: [0, 1] })
  if (staged.exitCode === 0) throw new GitError('NOTHING_STAGED', 'nothing is staged')
  await runGit(root, ['commit', '--quiet', '--no-edit', '--file=-'], { input: message, timeoutMs: COMMIT_TIMEOUT_MS })
  const head = await runGit(root, ['log', '-1', '--no-show-signature', '--format=%H%x00%s', 'HEAD', '--'])
  const [sha, summary] = head.stdout.replace(/\n$/, '').split('\0')
  return { sha, summary }
}
