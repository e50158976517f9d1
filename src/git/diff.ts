import { GatewayError } from '../errors.ts'
import { requireRepoRoot } from './repo-root.ts'
import { runGit } from './run-git.ts'
import { resolveRepoPath } from './safe-args.ts'

/** Patch bytes returned when the caller names no cap. */
export const DEFAULT_DIFF_BYTES = 1024 * 1024
/** Largest cap a caller may ask for. */
export const MAX_DIFF_BYTES = 16 * 1024 * 1024
/** Most untracked paths listed. */
export const MAX_UNTRACKED_PATHS = 1000

export interface GitDiffOptions {
  /** One file or folder, relative to the repository root (see resolveRepoPath). */
  path?: string
  /** Cap on the staged and unstaged patches together, in bytes (default DEFAULT_DIFF_BYTES). */
  maxBytes?: number
}

/** GET /v1/projects/{projectId}/git/diff. */
export interface GitDiff {
  /** `git diff --cached`: index against HEAD. */
  staged: string
  /** `git diff`: work tree against index. */
  unstaged: string
  /** Untracked, not ignored files, repository-relative. */
  untracked: string[]
  /** True when a patch was cut at a line boundary to fit maxBytes, or the untracked list was cut. */
  truncated: boolean
}

// Output the client can parse whatever the user's config says: no colour, no external diff
// program, a/ and b/ prefixes even under diff.noprefix or diff.mnemonicPrefix.
const PATCH_FLAGS = ['--no-color', '--no-ext-diff', '--src-prefix=a/', '--dst-prefix=b/']

/**
 * The staged and unstaged patches of the work tree containing `cwd`, plus its untracked files.
 * Git's stdout is streamed into a buffer of at most maxBytes; once over, git is killed, the
 * patch is cut after its last whole line and `truncated` is set. The unstaged patch gets what
 * the staged one left of the cap.
 */
export async function gitDiff(cwd: string, options: GitDiffOptions = {}): Promise<GitDiff> {
  const budget = diffBudget(options.maxBytes)
  const root = await requireRepoRoot(cwd)
  const paths = options.path === undefined ? [] : [await resolveRepoPath(root, options.path)]
  const staged = await runGit(root, ['diff', '--cached', ...PATCH_FLAGS, '--', ...paths], { maxBytes: budget })
  const left = budget - Buffer.byteLength(staged.stdout)
  const unstaged = staged.truncated
    ? { stdout: '', truncated: true }
    : await runGit(root, ['diff', ...PATCH_FLAGS, '--', ...paths], { maxBytes: left })
  const untracked = await listUntracked(root, paths)
  return {
    staged: staged.stdout,
    unstaged: unstaged.stdout,
    untracked: untracked.paths,
    truncated: staged.truncated || unstaged.truncated || untracked.truncated,
  }
}

function diffBudget(maxBytes: number | undefined): number {
  if (maxBytes === undefined) return DEFAULT_DIFF_BYTES
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) throw new GatewayError('INVALID_REQUEST', 'maxBytes must be a whole number of bytes')
  return Math.min(maxBytes, MAX_DIFF_BYTES)
}

async function listUntracked(root: string, paths: string[]): Promise<{ paths: string[], truncated: boolean }> {
  const listed = await runGit(root, ['ls-files', '--others', '--exclude-standard', '-z', '--', ...paths], {
    maxBytes: MAX_UNTRACKED_PATHS * 256, // room for the list at a typical path length; cut anyway below
    recordEnd: 0,
  })
  const all = listed.stdout.split('\0').filter(path => path !== '')
  return { paths: all.slice(0, MAX_UNTRACKED_PATHS), truncated: listed.truncated || all.length > MAX_UNTRACKED_PATHS }
}
