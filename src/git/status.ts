import { findRepoRoot } from './repo-root.ts'
import { runGit } from './run-git.ts'

/** Most changed paths listed in a summary; the counts still cover every file. */
export const MAX_CHANGED_PATHS = 200

/** The `git` block of a project's context (GET /v1/projects/{projectId}/context). */
export interface GitSummary {
  isRepository: boolean
  /** The checked-out branch (also on a fresh repository with no commits); null on a detached HEAD or outside a repository. */
  branch: string | null
  /** Files with any change: staged, unstaged or untracked, each counted once. */
  changedFiles: number
  /** Files whose index entry differs from HEAD. */
  stagedFiles: number
  /** Tracked files whose work-tree copy differs from the index, and unmerged files. */
  unstagedFiles: number
  untrackedFiles: number
  /** Repository-relative paths of the changed files, the first MAX_CHANGED_PATHS in git's order. */
  changedPaths: string[]
}

const NO_REPOSITORY: GitSummary = {
  isRepository: false, branch: null, changedFiles: 0, stagedFiles: 0, unstagedFiles: 0, untrackedFiles: 0, changedPaths: [],
}

/**
 * Summarises the work tree containing `cwd` with one `git status --porcelain=v2 -z --branch
 * --untracked-files=all` (every untracked file counted, not just its folder). The output is
 * tallied as it streams, so a tree with a million untracked files costs no memory.
 */
export async function gitSummary(cwd: string): Promise<GitSummary> {
  const root = await findRepoRoot(cwd)
  if (root === null) return { ...NO_REPOSITORY, changedPaths: [] }
  const tally = new StatusTally()
  const records = new RecordSplitter(0, record => tally.add(record))
  await runGit(root, ['status', '--porcelain=v2', '-z', '--branch', '--untracked-files=all'], { onStdout: chunk => records.push(chunk) })
  return tally.summary()
}

/** Counts porcelain v2 records (git-status(1), "Porcelain Format Version 2"). */
export class StatusTally {
  private branch: string | null = null
  private staged = 0
  private unstaged = 0
  private untracked = 0
  private changed = 0
  private readonly paths: string[] = []
  private skipOriginalPath = false

  add(record: string): void {
    if (this.skipOriginalPath) {
      this.skipOriginalPath = false // the rename/copy source that follows a "2" record
      return
    }
    const kind = record[0]
    if (kind === '#') return this.header(record)
    if (kind === '?') return this.file(record.slice(2), false, false, true)
    // "1 XY sub mH mI mW hH hI path", "2 XY … Xscore path" then the source path, "u XY … path".
    const before = { '1': 8, '2': 9, 'u': 10 }[kind as '1' | '2' | 'u']
    if (before === undefined) return // "!" (ignored) is never asked for; skip anything newer
    this.skipOriginalPath = kind === '2'
    const [x, y] = record.slice(2, 4)
    this.file(afterFields(record, before), x !== '.' && kind !== 'u', y !== '.' || kind === 'u', false)
  }

  summary(): GitSummary {
    return {
      isRepository: true,
      branch: this.branch,
      changedFiles: this.changed,
      stagedFiles: this.staged,
      unstagedFiles: this.unstaged,
      untrackedFiles: this.untracked,
      changedPaths: [...this.paths],
    }
  }

  private header(record: string): void {
    const head = record.match(/^# branch\.head (.*)$/s)
    if (head) this.branch = head[1] === '(detached)' ? null : head[1]
  }

  private file(path: string, staged: boolean, unstaged: boolean, untracked: boolean): void {
    this.changed++
    if (staged) this.staged++
    if (unstaged) this.unstaged++
    if (untracked) this.untracked++
    if (this.paths.length < MAX_CHANGED_PATHS) this.paths.push(path)
  }
}

// The path is the rest of the record after `count` space-separated fields (it may hold spaces).
function afterFields(record: string, count: number): string {
  let at = 0
  for (let i = 0; i < count; i++) at = record.indexOf(' ', at) + 1
  return record.slice(at)
}

/** Cuts a byte stream into records ending in `end`, decoding each whole so no UTF-8 character is split. */
export class RecordSplitter {
  private pending = Buffer.alloc(0)
  private readonly end: number
  private readonly onRecord: (record: string) => void

  constructor(end: number, onRecord: (record: string) => void) {
    this.end = end
    this.onRecord = onRecord
  }

  push(chunk: Buffer): void {
    let data = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk
    for (let at = data.indexOf(this.end); at !== -1; at = data.indexOf(this.end)) {
      this.onRecord(data.subarray(0, at).toString('utf8'))
      data = data.subarray(at + 1)
    }
    this.pending = Buffer.from(data)
  }
}
