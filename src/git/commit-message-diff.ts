import { requireRepoRoot } from './repo-root.ts'
import { runGit } from './run-git.ts'

/** Diff text handed to the model for a commit message; a larger diff is cut (and says so). */
export const MAX_COMMIT_DIFF_BYTES = 256 * 1024

const DIFF_FLAGS = ['--no-ext-diff', '--no-textconv', '--no-color', '-M', '--src-prefix=a/', '--dst-prefix=b/']

export interface CommitMessageDiff {
  /** `staged` when anything is staged, else `working` (unstaged changes to tracked files). */
  source: 'staged' | 'working'
  diff: string
  truncated: boolean
}

/** What a commit would contain: the staged diff, or the working tree's diff when nothing is staged. */
export async function commitMessageDiff(dir: string): Promise<CommitMessageDiff> {
  const root = await requireRepoRoot(dir)
  const staged = await runGit(root, ['diff', '--cached', ...DIFF_FLAGS], { maxBytes: MAX_COMMIT_DIFF_BYTES })
  if (staged.stdout.trim() !== '') return { source: 'staged', diff: staged.stdout, truncated: staged.truncated }
  const working = await runGit(root, ['diff', ...DIFF_FLAGS], { maxBytes: MAX_COMMIT_DIFF_BYTES })
  return { source: 'working', diff: working.stdout, truncated: working.truncated }
}
