import { splitPatches } from '../git/patch-text.ts'

// The GitHub wire models of CodexMonitor's clients (its DATA_MODELS.md: GitHubIssue,
// GitHubPullRequest, GitHubPullRequestDiff, GitHubPullRequestComment), built from gh's JSON.
// Whatever gh sends beyond these fields is dropped; a missing field gets a neutral value so
// one odd item cannot fail the whole list.

export interface GitHubUser { login: string }

export interface GitHubIssue { number: number, title: string, url: string, updatedAt: string }

export interface GitHubPullRequest {
  number: number
  title: string
  url: string
  updatedAt: string
  createdAt: string
  body: string
  headRefName: string
  baseRefName: string
  isDraft: boolean
  author: GitHubUser | null
}

/** One file of a pull request's diff: `status` is `A`, `D`, `R` or `M`. */
export interface GitHubPullRequestDiff { path: string, status: string, diff: string }

export interface GitHubPullRequestComment { id: number, body: string, createdAt: string, url: string, author: GitHubUser | null }

type Json = Record<string, unknown>

const text = (value: unknown): string => typeof value === 'string' ? value : ''
const count = (value: unknown): number => typeof value === 'number' && Number.isFinite(value) ? value : 0
const user = (value: unknown): GitHubUser | null => typeof (value as Json | null)?.login === 'string' ? { login: (value as Json).login as string } : null
const objects = (value: unknown): Json[] => Array.isArray(value) ? value.filter((item): item is Json => typeof item === 'object' && item !== null) : []

/** `gh issue list --json number,title,url,updatedAt`. */
export function toIssues(json: unknown): GitHubIssue[] {
  return objects(json).map(item => ({ number: count(item.number), title: text(item.title), url: text(item.url), updatedAt: text(item.updatedAt) }))
}

/** `gh pr list --json number,title,url,updatedAt,createdAt,body,headRefName,baseRefName,isDraft,author`. */
export function toPullRequests(json: unknown): GitHubPullRequest[] {
  return objects(json).map(item => ({
    number: count(item.number), title: text(item.title), url: text(item.url), updatedAt: text(item.updatedAt),
    createdAt: text(item.createdAt), body: text(item.body), headRefName: text(item.headRefName),
    baseRefName: text(item.baseRefName), isDraft: item.isDraft === true, author: user(item.author),
  }))
}

/** The REST API's issue comments (`gh api /repos/O/R/issues/N/comments`): snake_case in, the clients' camelCase out. */
export function toComments(json: unknown): GitHubPullRequestComment[] {
  return objects(json).map(item => ({
    id: count(item.id), body: text(item.body), createdAt: text(item.created_at), url: text(item.html_url), author: user(item.user),
  }))
}

/** `total_count` of a `gh api /search/issues` answer, or undefined. */
export function totalCount(json: unknown): number | undefined {
  const total = (json as Json | null)?.total_count
  return typeof total === 'number' && Number.isInteger(total) && total >= 0 ? total : undefined
}

/** `gh pr diff` output cut into one entry per file, as CodexMonitor's daemon does. */
export function toPullRequestDiffs(diff: string): GitHubPullRequestDiff[] {
  const files: GitHubPullRequestDiff[] = []
  for (const patches of splitPatches(diff.replace(/\r\n/g, '\n')).values()) {
    for (const patch of patches) {
      const entry = describePatch(patch.replace(/\n$/, ''))
      if (entry) files.push(entry)
    }
  }
  return files
}

function describePatch(patch: string): GitHubPullRequestDiff | undefined {
  const lines = patch.split('\n')
  const after = (prefix: string) => lines.find(line => line.startsWith(prefix))?.slice(prefix.length)
  const status = after('new file mode ') !== undefined ? 'A'
    : after('deleted file mode ') !== undefined ? 'D'
      : after('rename to ') !== undefined ? 'R' : 'M'
  const oldPath = after('rename from ') ?? stripPrefix(after('--- '), 'a/') ?? headerPaths(lines[0])[0]
  const newPath = after('rename to ') ?? stripPrefix(after('+++ '), 'b/') ?? headerPaths(lines[0])[1]
  const path = status === 'D' ? oldPath : newPath ?? oldPath
  return path ? { path, status, diff: patch } : undefined
}

function stripPrefix(path: string | undefined, prefix: string): string | undefined {
  if (path === undefined || path === '/dev/null') return undefined
  return path.startsWith(prefix) ? path.slice(prefix.length) : path
}

/** `diff --git a/X b/Y`: the two paths, splitting where both halves agree when X has spaces. */
function headerPaths(header: string): [string | undefined, string | undefined] {
  const rest = header.slice('diff --git '.length)
  const half = (rest.length - 1) / 2
  if (Number.isInteger(half) && rest.startsWith('a/') && rest.slice(half + 1).startsWith('b/') && rest.slice(2, half) === rest.slice(half + 3)) {
    return [rest.slice(2, half), rest.slice(half + 3)]
  }
  const split = rest.indexOf(' b/')
  return split < 0 ? [undefined, undefined] : [stripPrefix(rest.slice(0, split), 'a/'), rest.slice(split + 3)]
}
