import { stat } from 'node:fs/promises'
import { GitError, firstLine } from './git-error.ts'
import { runGit } from './run-git.ts'

// How git says "no work tree here" (LC_MESSAGES=C keeps the wording fixed): no repository at all,
// or a bare repository / the inside of a .git directory.
const NO_WORK_TREE = /not a git repository|must be run in a work tree/

/**
 * The top of the work tree containing `cwd` (so a project in a subfolder of a repository
 * belongs to it), or null when `cwd` is missing or in no work tree. Other failures, such as
 * git's "dubious ownership" refusal, throw GIT_FAILED.
 */
export async function findRepoRoot(cwd: string): Promise<string | null> {
  const isDirectory = await stat(cwd).then(s => s.isDirectory(), () => false)
  if (!isDirectory) return null
  const found = await runGit(cwd, ['rev-parse', '--show-toplevel'], { okExitCodes: [0, 128] })
  if (found.exitCode === 0) return found.stdout.replace(/\n$/, '')
  if (NO_WORK_TREE.test(found.stderr)) return null
  throw new GitError('GIT_FAILED', `git rev-parse failed: ${firstLine(found.stderr)}`)
}

/** Like findRepoRoot, but throws NOT_A_REPOSITORY instead of returning null. */
export async function requireRepoRoot(cwd: string): Promise<string> {
  const root = await findRepoRoot(cwd)
  if (root === null) throw new GitError('NOT_A_REPOSITORY', 'the project directory is not inside a git repository')
  return root
}
