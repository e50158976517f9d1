import { GatewayError } from '../errors.ts'
import type { GitFileDiff } from './daemon-models.ts'
import { GitError } from './git-error.ts'
import { requireRepoRoot } from './repo-root.ts'
import { runGit } from './run-git.ts'
import { headerLine, parseHunks, splitPatches, untrackedPatch } from './patch-text.ts'
import { MAX_COUNTED_BYTES, readUntracked } from './untracked-file.ts'

/** Largest patch of one file sent; a bigger one comes back empty with isDiffTooLarge (CodexMonitor's renderable cap). */
export const MAX_FILE_PATCH_BYTES = 256 * 1024
/** Patch bytes of one answer, all files together; files past it come back empty with isDiffTooLarge. */
export const MAX_DIFFS_BYTES = 4 * 1024 * 1024
/** Most untracked files given a patch in get_git_diffs. */
export const MAX_UNTRACKED_DIFFS = 500
/** Bytes of untracked files read in one get_git_diffs; past it a file too large to show has only its first block's lines counted. */
export const UNTRACKED_READ_BUDGET = 32 * 1024 * 1024

// The same options for the file list and the patch, so both see the same files: explicit
// rename detection, no external diff or textconv program, a/ b/ prefixes, and submodules as
// `diff --git` entries whatever diff.submodule says.
const DIFF_FLAGS = ['-M', '--no-ext-diff', '--no-textconv', '--submodule=short', '--no-color', '--src-prefix=a/', '--dst-prefix=b/']

interface Entry { from: string, to: string, status: string, additions: number, deletions: number }

/**
 * get_git_diffs: one patch per changed file of the work tree containing `dir`, against HEAD
 * (staged and unstaged changes together, as CodexMonitor shows them), then one "new file"
 * patch per untracked, not ignored file. On a branch with no commit yet the base is the empty tree.
 */
export async function getGitDiffs(dir: string): Promise<GitFileDiff[]> {
  const root = await requireRepoRoot(dir)
  const head = await runGit(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { okExitCodes: [0, 1] })
  const base = head.exitCode === 0 ? head.stdout.trim() : await emptyTree(root)
  const tracked = await treeDiffs(root, [base])
  return [...tracked, ...await untrackedDiffs(root, MAX_DIFFS_BYTES - patchBytes(tracked))]
}

/**
 * get_git_commit_diff: the files a commit changed, against its first parent (the empty tree
 * for a root commit). `sha` must be 4 to 64 hex digits naming a commit (COMMIT_NOT_FOUND
 * otherwise); it reaches git only after `--end-of-options`, suffixed with `^{commit}`.
 */
export async function getGitCommitDiff(dir: string, sha: unknown): Promise<GitFileDiff[]> {
  const root = await requireRepoRoot(dir)
  const full = await resolveCommit(root, sha)
  const parents = await runGit(root, ['show', '-s', '--no-show-signature', '--format=%P', '--end-of-options', full, '--'])
  const first = parents.stdout.trim().split(' ').find(p => p !== '')
  return treeDiffs(root, [first ?? await emptyTree(root), full])
}

/** Refuses anything but 4..64 hex digits, then asks git for the full name of that commit. */
export async function resolveCommit(root: string, sha: unknown): Promise<string> {
  if (typeof sha !== 'string' || !/^[0-9a-fA-F]{4,64}$/.test(sha)) {
    throw new GatewayError('INVALID_REQUEST', 'a commit sha is 4 to 64 hexadecimal digits')
  }
  const found = await runGit(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${sha}^{commit}`], { okExitCodes: [0, 1, 128] })
  const full = found.stdout.trim()
  if (found.exitCode !== 0 || !/^[0-9a-f]{40,64}$/.test(full)) throw new GatewayError('COMMIT_NOT_FOUND', 'no commit has that sha')
  return full
}

// The empty tree's name in this repository's hash (SHA-1 or SHA-256); git knows it without storing it.
async function emptyTree(root: string): Promise<string> {
  return (await runGit(root, ['hash-object', '-t', 'tree', '--stdin'], { input: '' })).stdout.trim()
}

/** Per-file patches of `git diff <revs>`: the file list from --raw/--numstat, the patches matched to it by header line. */
async function treeDiffs(root: string, revs: string[]): Promise<GitFileDiff[]> {
  const listed = await runGit(root, ['diff', '--raw', '--numstat', '-z', ...DIFF_FLAGS, '--end-of-options', ...revs, '--'], { recordEnd: 0 })
  if (listed.truncated) throw new GitError('GIT_FAILED', 'too many changed files to list')
  const entries = parseRawNumstat(listed.stdout)
  const patch = await runGit(root, ['diff', '-p', ...DIFF_FLAGS, '--end-of-options', ...revs, '--'], { maxBytes: MAX_DIFFS_BYTES })
  const patches = splitPatches(patch.stdout)
  // When git was stopped at the cap, the last patch it printed may be cut short.
  const lastHeader = patch.truncated ? [...patches.keys()].at(-1) : undefined
  if (lastHeader !== undefined) patches.delete(lastHeader)
  return entries.map(entry => {
    const text = patches.get(headerLine(entry.from, entry.to))?.shift()
    return fileDiff(entry, text ?? '', text === undefined && patch.truncated)
  })
}

function fileDiff(entry: Entry, patch: string, cut: boolean): GitFileDiff {
  const tooLarge = cut || Buffer.byteLength(patch) > MAX_FILE_PATCH_BYTES
  const diff = tooLarge ? '' : patch
  return { path: entry.to, diff, status: entry.status, additions: entry.additions, deletions: entry.deletions, hunks: parseHunks(diff), isDiffTooLarge: tooLarge }
}

/**
 * Parses `git diff --raw --numstat -z`: first one raw record per file
 * (`:modes shas status NUL path NUL`, two paths for a rename or copy), then one numstat
 * record per file in the same order (`added TAB deleted TAB path NUL`, or an empty path
 * followed by `from NUL to NUL`). Binary files count `-` lines, taken as 0.
 */
export function parseRawNumstat(output: string): Entry[] {
  const tokens = output.split('\0')
  const entries: Entry[] = []
  let at = 0
  while (at < tokens.length && tokens[at].startsWith(':')) {
    const status = tokens[at].split(' ')[4]?.[0] ?? 'M'
    const twoPaths = status === 'R' || status === 'C'
    const from = tokens[at + 1]
    entries.push({ from, to: twoPaths ? tokens[at + 2] : from, status, additions: 0, deletions: 0 })
    at += twoPaths ? 3 : 2
  }
  for (const entry of entries) {
    if (at >= tokens.length) break
    const [added, deleted, path] = tokens[at].split('\t')
    at += path === '' ? 3 : 1
    entry.additions = Number(added) || 0
    entry.deletions = Number(deleted) || 0
  }
  return entries
}

async function untrackedDiffs(root: string, budget: number): Promise<GitFileDiff[]> {
  const listed = await runGit(root, ['ls-files', '--others', '--exclude-standard', '-z'], { maxBytes: MAX_UNTRACKED_DIFFS * 512, recordEnd: 0 })
  const paths = listed.stdout.split('\0').filter(path => path !== '').slice(0, MAX_UNTRACKED_DIFFS)
  const diffs: GitFileDiff[] = []
  let reads = UNTRACKED_READ_BUDGET
  for (const path of paths) {
    const content = await readUntracked(root, path, Math.min(MAX_FILE_PATCH_BYTES, Math.max(budget, 0)), Math.max(1, Math.min(MAX_COUNTED_BYTES, reads)))
    if (content.kind === 'none') continue
    const patch = untrackedPatch(path, content)
    const additions = content.kind === 'too-large' ? content.lines : parseHunks(patch).reduce((n, h) => n + h.lines.filter(l => l.startsWith('+')).length, 0)
    budget -= Buffer.byteLength(patch)
    reads -= content.kind === 'too-large' ? content.bytes : Buffer.byteLength(patch)
    diffs.push(fileDiff({ from: path, to: path, status: 'A', additions, deletions: 0 }, patch, content.kind === 'too-large'))
  }
  return diffs
}

function patchBytes(diffs: GitFileDiff[]): number {
  return diffs.reduce((sum, d) => sum + Buffer.byteLength(d.diff), 0)
}
