import type { GitFileStatus, GitStatusResponse } from './daemon-models.ts'
import { requireRepoRoot } from './repo-root.ts'
import { runGit } from './run-git.ts'
import { RecordSplitter } from './status.ts'
import { MAX_COUNTED_BYTES, untrackedLines } from './untracked-file.ts'

/** Most entries in each list of get_git_status; the totals still cover every file. */
export const MAX_STATUS_FILES = 2000
/** Bytes of untracked files read in one status to count their lines (clients poll status); past it they count 0 additions. */
export const UNTRACKED_COUNT_BUDGET = 16 * 1024 * 1024

/** One path of `git status --porcelain=v2`: its index (X) and work-tree (Y) letters, `.` for unchanged. */
export interface StatusEntry { path: string, x: string, y: string, origPath?: string }

type Counts = Map<string, { additions: number, deletions: number }>

/**
 * get_git_status for the work tree containing `dir`: porcelain v2 status (every untracked file,
 * renames detected), line counts from `git diff --numstat` staged and unstaged, and each
 * untracked file's lines as additions (MAX_COUNTED_BYTES of each, UNTRACKED_COUNT_BUDGET in all).
 * Untracked files are status `A` in unstagedFiles, as CodexMonitor reports libgit2's WT_NEW.
 */
export async function getGitStatus(dir: string): Promise<GitStatusResponse> {
  const root = await requireRepoRoot(dir)
  const { branch, entries } = await readStatus(root)
  const staged = await numstat(root, ['--cached'])
  const unstaged = await numstat(root, [])
  const response: GitStatusResponse = { branchName: branch, files: [], stagedFiles: [], unstagedFiles: [], totalAdditions: 0, totalDeletions: 0 }
  let budget = UNTRACKED_COUNT_BUDGET
  for (const entry of entries) {
    const index = entry.x !== '.' && entry.x !== '?' && entry.x !== 'u' ? fileStatus(entry.path, entry.x, staged) : null
    const work = entry.y === '.' ? null : fileStatus(entry.path, entry.y, unstaged)
    if (work && entry.x === '?' && budget > 0) {
      const counted = await untrackedLines(root, entry.path, Math.min(MAX_COUNTED_BYTES, budget))
      work.additions = counted.lines
      budget -= Math.max(counted.bytes, 1)
    }
    for (const [list, file] of [[response.stagedFiles, index], [response.unstagedFiles, work]] as const) {
      if (!file) continue
      response.totalAdditions += file.additions
      response.totalDeletions += file.deletions
      if (list.length < MAX_STATUS_FILES) list.push(file)
    }
    if (!index && !work) continue
    const both = { additions: (index?.additions ?? 0) + (work?.additions ?? 0), deletions: (index?.deletions ?? 0) + (work?.deletions ?? 0) }
    if (response.files.length < MAX_STATUS_FILES) response.files.push({ path: entry.path, status: (work ?? index)!.status, ...both })
  }
  return response
}

function fileStatus(path: string, letter: string, counts: Counts): GitFileStatus {
  // An untracked file is `A` (libgit2's WT_NEW as CodexMonitor maps it); an unmerged one `U`.
  const status = letter === '?' ? 'A' : letter === 'u' ? 'U' : letter
  return { path, status, ...(counts.get(path) ?? { additions: 0, deletions: 0 }) }
}

/**
 * The branch and changed paths of `git status --porcelain=v2 -z --branch --untracked-files=all`.
 * Unmerged paths get x = y = `u`; untracked ones x = y = `?`. Exported for the revert and stage helpers.
 */
export async function readStatus(root: string, paths: string[] = []): Promise<{ branch: string, entries: StatusEntry[] }> {
  let branch = 'HEAD'
  const entries: StatusEntry[] = []
  let renameFrom: StatusEntry | null = null
  const records = new RecordSplitter(0, record => {
    if (renameFrom) {
      renameFrom.origPath = record // the source path that follows a "2" record
      renameFrom = null
      return
    }
    const head = record.match(/^# branch\.head (.*)$/s)
    if (head) branch = head[1] === '(detached)' ? 'HEAD' : head[1]
    else if (record.startsWith('? ')) entries.push({ path: record.slice(2), x: '?', y: '?' })
    else if (record.startsWith('u ')) entries.push({ path: afterFields(record, 10), x: 'u', y: 'u' })
    else if (record.startsWith('1 ') || record.startsWith('2 ')) {
      const entry = { path: afterFields(record, record[0] === '1' ? 8 : 9), x: record[2], y: record[3] }
      entries.push(entry)
      if (record[0] === '2') renameFrom = entry
    }
  })
  await runGit(root, ['status', '--porcelain=v2', '-z', '--branch', '--untracked-files=all', '--find-renames', '--', ...paths], { onStdout: chunk => records.push(chunk) })
  return { branch, entries }
}

// The path is the rest of the record after `count` space-separated fields (it may hold spaces).
function afterFields(record: string, count: number): string {
  let at = 0
  for (let i = 0; i < count; i++) at = record.indexOf(' ', at) + 1
  return record.slice(at)
}

/** Lines added and deleted per path (`--cached`: index against HEAD; none: work tree against index). */
async function numstat(root: string, which: string[]): Promise<Counts> {
  const counts: Counts = new Map()
  const listed = await runGit(root, ['diff', ...which, '--numstat', '-z', '-M', '--no-ext-diff', '--no-textconv', '--submodule=short', '--'], { recordEnd: 0 })
  const tokens = listed.stdout.split('\0')
  for (let at = 0; at < tokens.length; at++) {
    const [added, deleted, path] = tokens[at].split('\t')
    if (deleted === undefined) continue
    const to = path === '' ? tokens[at += 2] : path // a rename: empty path, then from NUL to
    counts.set(to, { additions: Number(added) || 0, deletions: Number(deleted) || 0 })
  }
  return counts
}
