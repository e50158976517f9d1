import type { AppServer } from '../codex/app-server.ts'
import { appendPrefixRule } from '../core/codex-rules.ts'
import { turnStartParams } from '../core/workspace-turns.ts'
import type { WorkspaceEntry } from '../core/workspaces.ts'
import { GatewayError } from '../errors.ts'
import { OK, type DaemonContext, type MethodTable } from './context.ts'
import type { Params } from './frames.ts'

// Threads and turns go to the workspace's own app-server and come back as the raw response
// envelope `{id, result}`, as the reference daemon returns them; clients unwrap `result.result`.

async function session(context: DaemonContext, workspaceId: string): Promise<{ entry: WorkspaceEntry, codex: AppServer }> {
  const entry = await context.workspaces.require(workspaceId)
  return { entry, codex: context.workspaces.sessions.server(entry.id) }
}

/** A method that forwards to one upstream method with params built from the workspace and the request. */
function forward<P extends { workspaceId: string }>(method: string, build: (params: P, entry: WorkspaceEntry) => object): (params: P, context: DaemonContext) => Promise<unknown> {
  return async (params, context) => {
    const { entry, codex } = await session(context, params.workspaceId)
    return codex.requestEnvelope(method, build(params, entry))
  }
}

/** Threads, turns and the other Codex-backed calls of a connected workspace. */
export const threadMethods: MethodTable = {
  start_thread: forward<Params<'DaemonStartThreadRequestFrame'>>('thread/start', (_params, entry) => ({ cwd: entry.path })),
  resume_thread: forward<Params<'DaemonResumeThreadRequestFrame'>>('thread/resume', params => ({ threadId: params.threadId })),
  list_threads: forward<Params<'DaemonListThreadsRequestFrame'>>('thread/list', params => ({ cursor: params.cursor ?? null, limit: params.limit ?? null })),
  archive_thread: forward<Params<'DaemonArchiveThreadRequestFrame'>>('thread/archive', params => ({ threadId: params.threadId })),
  send_user_message: forward<Params<'DaemonSendUserMessageRequestFrame'>>('turn/start', (params, entry) => turnStartParams(params.threadId, entry.path, params)),
  turn_interrupt: forward<Params<'DaemonTurnInterruptRequestFrame'>>('turn/interrupt', params => ({ threadId: params.threadId, turnId: params.turnId })),
  start_review: forward<Params<'DaemonStartReviewRequestFrame'>>('review/start', params => ({ threadId: params.threadId, target: params.target, ...(params.delivery ? { delivery: params.delivery } : {}) })),
  model_list: forward<Params<'DaemonModelListRequestFrame'>>('model/list', () => ({})),
  collaboration_mode_list: forward<Params<'DaemonCollaborationModeListRequestFrame'>>('collaborationMode/list', () => ({})),
  account_rate_limits: forward<Params<'DaemonAccountRateLimitsRequestFrame'>>('account/rateLimits/read', () => ({})),
  skills_list: forward<Params<'DaemonSkillsListRequestFrame'>>('skills/list', (_params, entry) => ({ cwds: [entry.path] })),

  memory_flush_now: async (params: Params<'DaemonMemoryFlushNowRequestFrame'>, context) => {
    const { codex } = await session(context, params.workspaceId)
    try {
      return await codex.requestEnvelope('memory/flushNow', { threadId: params.threadId })
    } catch (error) {
      if (error instanceof GatewayError && error.code === 'CODEX_ERROR' && /unknown variant|unknown method|method not found/i.test(error.message)) {
        throw new GatewayError('NOT_SUPPORTED', 'memory_flush_now: the installed Codex has no memory/flushNow method', undefined, { cause: error })
      }
      throw error
    }
  },

  respond_to_server_request: async (params: Params<'DaemonRespondToServerRequestRequestFrame'>, context) => {
    const entry = await context.workspaces.require(params.workspaceId)
    context.workspaces.sessions.respond(entry.id, params.requestId, params.result)
    return OK
  },

  remember_approval_rule: async (params: Params<'DaemonRememberApprovalRuleRequestFrame'>, context) => {
    await context.workspaces.require(params.workspaceId)
    return { ok: true, rulesPath: await appendPrefixRule(context.codexHome, params.command) }
  },
}
