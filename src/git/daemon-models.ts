// The daemon face's git wire models, with the field names CodexMonitor's clients already
// decode (its `types.rs`: GitFileStatus, GitFileDiff, GitLogEntry, GitLogResponse, BranchInfo).
// Fields the reference document shows beyond those (status, counts and hunks of a diff, the
// subject/authorName/authorEmail of a log entry) are sent as well: clients ignore unknown keys.

/** One changed file in get_git_status. */
export interface GitFileStatus {
  /** Repository-relative, `/`-separated, raw (not C-quoted). */
  path: string
  /** `A` added (also untracked), `M` modified, `D` deleted, `R` renamed, `T` type changed, `U` unmerged. */
  status: string
  /** Lines added; 0 for binary files. */
  additions: number
  /** Lines deleted; 0 for binary files. */
  deletions: number
}

/** get_git_status. */
export interface GitStatusResponse {
  /** The checked-out branch (also when it has no commit yet); `HEAD` when detached. */
  branchName: string
  /** Every changed path once: its work-tree status if it has one, else its index status; counts are staged + unstaged. */
  files: GitFileStatus[]
  /** Index against HEAD. */
  stagedFiles: GitFileStatus[]
  /** Work tree against index, plus untracked files (status `A`) and unmerged ones (`U`). */
  unstagedFiles: GitFileStatus[]
  /** Sum over stagedFiles and unstagedFiles. */
  totalAdditions: number
  totalDeletions: number
}

/** One hunk of a file's patch: its `@@ … @@` line and the lines under it, each with its ` `/`+`/`-`/`\` prefix. */
export interface GitDiffHunk {
  header: string
  lines: string[]
}

/** One file of get_git_diffs or get_git_commit_diff. */
export interface GitFileDiff {
  path: string
  /** The file's whole patch (`diff --git` header, then hunks); empty when isDiffTooLarge. */
  diff: string
  /** `A`, `M`, `D`, `R`, `C` or `T`. */
  status: string
  additions: number
  deletions: number
  hunks: GitDiffHunk[]
  /** True when the patch was left out: over the per-file cap, or past the total cap of the answer. */
  isDiffTooLarge: boolean
}

/** One commit in get_git_log. */
export interface GitLogEntry {
  sha: string
  /** Subject line (the name CodexMonitor's clients decode). */
  summary: string
  /** Author name (the name CodexMonitor's clients decode). */
  author: string
  /** Committer time, unix seconds. */
  timestamp: number
  /** Same as summary (the reference document's name). */
  subject: string
  /** Same as author (the reference document's name). */
  authorName: string
  authorEmail: string
}

/** get_git_log. */
export interface GitLogResponse {
  /** Commits reachable from HEAD (0 on a branch with no commits). */
  total: number
  /** The newest commits from HEAD, at most `limit`. */
  entries: GitLogEntry[]
  /** Commits on HEAD that the upstream lacks; 0 without an upstream. */
  ahead: number
  /** Commits on the upstream that HEAD lacks; 0 without an upstream. */
  behind: number
  aheadEntries: GitLogEntry[]
  behindEntries: GitLogEntry[]
  /** The upstream's short name (`origin/main`), or null. */
  upstream: string | null
}

/** One local branch in list_git_branches (wrapped as `{ branches }` on the wire). */
export interface BranchInfo {
  name: string
  /** Committer time of the branch's tip, unix seconds (the reference's snake_case name). */
  last_commit: number
}
