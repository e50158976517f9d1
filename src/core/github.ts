import { GatewayError } from '../errors.ts'
import { getGitRemote } from '../git/index.ts'
import { ghJson, runGh } from './gh-cli.ts'
import {
  toComments, toIssues, toPullRequestDiffs, toPullRequests, totalCount,
  type GitHubIssue, type GitHubPullRequest, type GitHubPullRequestComment, type GitHubPullRequestDiff,
} from './github-models.ts'

// GitHub through the user's own `gh` login on the gateway host, with the commands and the
// limits of CodexMonitor's daemon (50 open issues or pull requests, 30 comments).

/** Items listed; `total` says how many are open in all. */
export const LIST_LIMIT = 50
export const COMMENTS_PER_PAGE = 30

const ISSUE_FIELDS = 'number,title,url,updatedAt'
const PULL_REQUEST_FIELDS = 'number,title,url,updatedAt,createdAt,body,headRefName,baseRefName,isDraft,author'

/** `owner/repo` of a github.com remote URL (https, ssh, scp-like `git@github.com:o/r.git`, git://), else undefined. */
export function githubRepoOf(url: string): string | undefined {
  // Owners are letters, digits and inner dashes; repository names may start with `.` (`.github`) but never `-`.
  const match = /^(?:(?:https?|ssh|git|git\+ssh):\/\/(?:[^@/]+@)?github\.com(?::\d+)?\/|(?:[^@/:]+@)?github\.com:)([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9_.][A-Za-z0-9_.-]*?)(?:\.git)?\/?$/i.exec(url.trim())
  if (!match || /^\.+$/.test(match[2])) return undefined
  return `${match[1]}/${match[2]}`
}

/** The GitHub repository of the work tree containing `dir`, from `origin` (else its first remote). */
export async function githubRepo(dir: string): Promise<string> {
  const url = await getGitRemote(dir)
  if (url === null) throw new GatewayError('NOT_A_GITHUB_REPOSITORY', 'the repository has no git remote')
  const repo = githubRepoOf(url)
  if (!repo) throw new GatewayError('NOT_A_GITHUB_REPOSITORY', `the git remote is not a github.com repository: ${url}`)
  return repo
}

/** get_github_issues: `gh issue list` (open, the first 50) and the number of open issues. */
export async function githubIssues(dir: string): Promise<{ total: number, issues: GitHubIssue[] }> {
  const repo = await githubRepo(dir)
  const args = ['issue', 'list', '--repo', repo, '--state', 'open', '--limit', String(LIST_LIMIT), '--json', ISSUE_FIELDS]
  const issues = toIssues(ghJson(args, await runGh(dir, args)))
  return { total: await openCount(dir, repo, 'issue', issues.length), issues }
}

/** get_github_pull_requests: `gh pr list` (open, the first 50) and the number of open pull requests. */
export async function githubPullRequests(dir: string): Promise<{ total: number, pullRequests: GitHubPullRequest[] }> {
  const repo = await githubRepo(dir)
  const args = ['pr', 'list', '--repo', repo, '--state', 'open', '--limit', String(LIST_LIMIT), '--json', PULL_REQUEST_FIELDS]
  const pullRequests = toPullRequests(ghJson(args, await runGh(dir, args)))
  return { total: await openCount(dir, repo, 'pr', pullRequests.length), pullRequests }
}

/** get_github_pull_request_diff: `gh pr diff N`, one entry per file. */
export async function githubPullRequestDiff(dir: string, prNumber: number): Promise<GitHubPullRequestDiff[]> {
  const repo = await githubRepo(dir)
  return toPullRequestDiffs(await runGh(dir, ['pr', 'diff', String(assertNumber(prNumber)), '--repo', repo, '--color', 'never']))
}

/** get_github_pull_request_comments: the pull request's conversation (the REST issue comments), first 30. */
export async function githubPullRequestComments(dir: string, prNumber: number): Promise<GitHubPullRequestComment[]> {
  const repo = await githubRepo(dir)
  const args = ['api', `repos/${repo}/issues/${assertNumber(prNumber)}/comments?per_page=${COMMENTS_PER_PAGE}`]
  return toComments(ghJson(args, await runGh(dir, args)))
}

/** Open items of a kind through the search API; the listed count when that fails (rate limits), as CodexMonitor does. */
async function openCount(dir: string, repo: string, kind: 'issue' | 'pr', listed: number): Promise<number> {
  const query = encodeURIComponent(`repo:${repo} is:${kind} is:open`)
  const args = ['api', `search/issues?q=${query}&per_page=1`]
  try {
    return totalCount(JSON.parse(await runGh(dir, args))) ?? listed
  } catch {
    return listed
  }
}

function assertNumber(prNumber: number): number {
  if (!Number.isSafeInteger(prNumber) || prNumber < 1) throw new GatewayError('INVALID_REQUEST', 'prNumber must be a positive integer')
  return prNumber
}
