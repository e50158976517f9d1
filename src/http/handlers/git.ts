import { gitBranches, gitCheckout as checkout, gitCommit as commit, gitDiff, gitSummary } from '../../git/index.ts'
import { readRuntimeContext } from '../../core/runtime-config.ts'
import type { Handler } from '../handler-types.ts'

/** Upstream `config/read` for the project's directory, plus `git status` there. */
export const projectContextGet: Handler<'projectContextGet'> = async ({ params }, { projects, codex }) => {
  const cwd = await projects.cwdOf(params.projectId)
  const [settings, git] = await Promise.all([readRuntimeContext(codex, cwd), gitSummary(cwd)])
  return { data: { projectId: params.projectId, cwd, ...settings, git } }
}

export const gitBranchesGet: Handler<'gitBranchesGet'> = async ({ params }, { projects }) => ({
  data: await gitBranches(await projects.cwdOf(params.projectId)),
})

export const gitDiffGet: Handler<'gitDiffGet'> = async ({ params, query }, { projects }) => ({
  data: await gitDiff(await projects.cwdOf(params.projectId), { path: query.path }),
})

export const gitCheckout: Handler<'gitCheckout'> = async ({ params, body }, { projects }) => ({
  data: await checkout(await projects.cwdOf(params.projectId), body.branch),
})

export const gitCommit: Handler<'gitCommit'> = async ({ params, body }, { projects }) => ({
  data: await commit(await projects.cwdOf(params.projectId), body.message),
})
