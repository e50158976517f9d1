import { githubIssues, githubPullRequestComments, githubPullRequestDiff, githubPullRequests } from '../core/github.ts'
import type { MethodTable } from './context.ts'
import type { Params } from './frames.ts'
import { gitDir } from './git-methods.ts'

/** GitHub methods: the `gh` CLI on the gateway host, for the repository of the workspace's git folder. */
export const githubMethods: MethodTable = {
  get_github_issues: async (params: Params<'DaemonGetGithubIssuesRequestFrame'>, context) =>
    githubIssues(await gitDir(context, params.workspaceId)),
  get_github_pull_requests: async (params: Params<'DaemonGetGithubPullRequestsRequestFrame'>, context) =>
    githubPullRequests(await gitDir(context, params.workspaceId)),
  get_github_pull_request_diff: async (params: Params<'DaemonGetGithubPullRequestDiffRequestFrame'>, context) =>
    githubPullRequestDiff(await gitDir(context, params.workspaceId), params.prNumber),
  get_github_pull_request_comments: async (params: Params<'DaemonGetGithubPullRequestCommentsRequestFrame'>, context) =>
    githubPullRequestComments(await gitDir(context, params.workspaceId), params.prNumber),
}
