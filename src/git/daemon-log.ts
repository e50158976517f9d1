import type { GitLogEntry, GitLogResponse } from './daemon-models.ts'
import { requireRepoRoot } from './repo-root.ts'
import { runGit } from './run-git.ts'

/** Default number of commits in each list of get_git_log. */
export const DEFAULT_LOG_LIMIT = 40
/** Largest number of commits in each list of get_git_log. */
export const MAX_LOG_LIMIT = 500

// Five NUL-separated fields per commit; with -z commits are NUL-separated too, so the output is
// a flat list read five at a time. Subjects and names cannot hold a NUL.
const LOG_FORMAT = '--format=%H%x00%s%x00%an%x00%ae%x00%ct'
const FIELDS = 5

/**
 * get_git_log for the repository containing `dir`: the newest `limit` commits from HEAD
 * (clamped to 1..MAX_LOG_LIMIT), how many there are, and how HEAD stands against its
 * upstream (counts and up to `limit` commits each way). A branch with no commit yet answers
 * an empty log; a branch without an upstream answers `upstream: null` and zero counts.
 */
export async function getGitLog(dir: string, limit: number = DEFAULT_LOG_LIMIT): Promise<GitLogResponse> {
  const root = await requireRepoRoot(dir)
  const max = Math.min(MAX_LOG_LIMIT, Math.max(1, Math.trunc(Number.isFinite(limit) ? limit : DEFAULT_LOG_LIMIT)))
  const response: GitLogResponse = { total: 0, entries: [], ahead: 0, behind: 0, aheadEntries: [], behindEntries: [], upstream: null }
  const head = await runGit(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { okExitCodes: [0, 1] })
  if (head.exitCode !== 0) return response
  response.total = Number((await runGit(root, ['rev-list', '--count', 'HEAD', '--'])).stdout.trim())
  response.entries = await logEntries(root, 'HEAD', max)
  // Constant revision names only: nothing a client sent reaches these commands.
  const upstream = await runGit(root, ['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{upstream}'], { okExitCodes: [0, 128] })
  if (upstream.exitCode !== 0) return response
  response.upstream = upstream.stdout.trim()
  const counts = await runGit(root, ['rev-list', '--left-right', '--count', '@{upstream}...HEAD', '--'])
  const [behind, ahead] = counts.stdout.trim().split(/\s+/).map(Number)
  response.ahead = ahead || 0
  response.behind = behind || 0
  response.aheadEntries = await logEntries(root, '@{upstream}..HEAD', max)
  response.behindEntries = await logEntries(root, 'HEAD..@{upstream}', max)
  return response
}

async function logEntries(root: string, range: string, max: number): Promise<GitLogEntry[]> {
  const listed = await runGit(root, ['log', '-z', `--max-count=${max}`, '--no-show-signature', LOG_FORMAT, range, '--'])
  const fields = listed.stdout.split('\0')
  const entries: GitLogEntry[] = []
  for (let at = 0; at + FIELDS <= fields.length; at += FIELDS) {
    const [sha, subject, name, email, time] = fields.slice(at, at + FIELDS)
    if (sha === '') break
    entries.push({ sha, summary: subject, author: name, timestamp: Number(time), subject, authorName: name, authorEmail: email })
  }
  return entries
}
