import { realpath } from 'node:fs/promises'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { GatewayError } from '../errors.ts'
import {
  checkoutGitBranch, commitGit, createGitBranch, getGitCommitDiff, getGitDiffs, getGitLog, getGitRemote, getGitStatus,
  listGitBranches, listGitRoots, pullGit, pushGit, revertGitAll, revertGitFile, stageGitAll, stageGitFile, syncGit, unstageGitFile,
} from '../git/index.ts'
import { OK, type DaemonContext, type MethodTable } from './context.ts'
import type { Params } from './frames.ts'

/**
 * The folder git methods run in: the workspace's, or its `settings.gitRoot` (chosen from
 * list_git_roots), which must stay inside the workspace once symlinks are resolved.
 */
export async function gitDir(context: DaemonContext, workspaceId: string): Promise<string> {
  const entry = await context.workspaces.require(workspaceId)
  const chosen = entry.settings.gitRoot
  if (typeof chosen !== 'string' || chosen === '' || chosen === '.') return entry.path
  const [root, dir] = await Promise.all([realpath(entry.path), realpath(resolve(entry.path, chosen))]).catch(() => {
    throw new GatewayError('NOT_A_REPOSITORY', `the workspace's gitRoot ${chosen} does not exist`)
  })
  const rel = relative(root, dir)
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) throw new GatewayError('PATH_OUTSIDE_REPO', 'the workspace\'s gitRoot is outside the workspace')
  return dir
}

/** A method that runs one git operation in the workspace's git folder and answers `{ok: true}`. */
function action<P extends { workspaceId: string }>(run: (dir: string, params: P) => Promise<unknown>) {
  return async (params: P, context: DaemonContext) => {
    await run(await gitDir(context, params.workspaceId), params)
    return OK
  }
}

/** Git methods, wired to src/git's daemon operations. */
export const gitMethods: MethodTable = {
  list_git_roots: async (params: Params<'DaemonListGitRootsRequestFrame'>, context) =>
    listGitRoots((await context.workspaces.require(params.workspaceId)).path, params.depth ?? undefined),
  get_git_status: async (params: Params<'DaemonGetGitStatusRequestFrame'>, context) => getGitStatus(await gitDir(context, params.workspaceId)),
  get_git_diffs: async (params: Params<'DaemonGetGitDiffsRequestFrame'>, context) => getGitDiffs(await gitDir(context, params.workspaceId)),
  get_git_log: async (params: Params<'DaemonGetGitLogRequestFrame'>, context) => getGitLog(await gitDir(context, params.workspaceId), params.limit ?? undefined),
  get_git_commit_diff: async (params: Params<'DaemonGetGitCommitDiffRequestFrame'>, context) =>
    getGitCommitDiff(await gitDir(context, params.workspaceId), params.sha),
  get_git_remote: async (params: Params<'DaemonGetGitRemoteRequestFrame'>, context) => getGitRemote(await gitDir(context, params.workspaceId)),
  stage_git_file: action<Params<'DaemonStageGitFileRequestFrame'>>((dir, params) => stageGitFile(dir, params.path)),
  stage_git_all: action<Params<'DaemonStageGitAllRequestFrame'>>(dir => stageGitAll(dir)),
  unstage_git_file: action<Params<'DaemonUnstageGitFileRequestFrame'>>((dir, params) => unstageGitFile(dir, params.path)),
  revert_git_file: action<Params<'DaemonRevertGitFileRequestFrame'>>((dir, params) => revertGitFile(dir, params.path)),
  revert_git_all: action<Params<'DaemonRevertGitAllRequestFrame'>>(dir => revertGitAll(dir)),
  commit_git: action<Params<'DaemonCommitGitRequestFrame'>>((dir, params) => commitGit(dir, params.message)),
  pull_git: action<Params<'DaemonPullGitRequestFrame'>>(dir => pullGit(dir)),
  push_git: action<Params<'DaemonPushGitRequestFrame'>>(dir => pushGit(dir)),
  sync_git: action<Params<'DaemonSyncGitRequestFrame'>>(dir => syncGit(dir)),
  list_git_branches: async (params: Params<'DaemonListGitBranchesRequestFrame'>, context) => {
    const branches = await listGitBranches(await gitDir(context, params.workspaceId))
    // Both spellings: the wire model says lastCommit, the reference daemon sends last_commit.
    return { branches: branches.map(branch => ({ ...branch, lastCommit: branch.last_commit })) }
  },
  checkout_git_branch: action<Params<'DaemonCheckoutGitBranchRequestFrame'>>((dir, params) => checkoutGitBranch(dir, params.name)),
  create_git_branch: action<Params<'DaemonCreateGitBranchRequestFrame'>>((dir, params) => createGitBranch(dir, params.name)),
}
