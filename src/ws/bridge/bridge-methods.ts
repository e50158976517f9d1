import { readWorkspaceFile } from '../../core/workspace-file.ts'
import type { Services } from '../../services.ts'
import type { Decision } from '../../core/approval-view.ts'

/** Context of one request: its envelope id (optimistic inputs are named after it). */
export interface BridgeRequest {
  id: string
  payload: any
}

type Method = (request: BridgeRequest, services: Services) => Promise<object>

const SANDBOX_POLICY: Record<string, { type: string }> = {
  'read-only': { type: 'readOnly' },
  'workspace-write': { type: 'workspaceWrite' },
  'danger-full-access': { type: 'dangerFullAccess' },
}

/** The bridge's decisions are the app-server's names; the core speaks the companion's. */
const DECISIONS: Record<string, Decision> = {
  accept: 'approve', acceptForSession: 'allow_for_session', decline: 'decline', cancel: 'cancel',
}

/**
 * Every message type of the bridge protocol. The payload arrives validated against its
 * `Bridge…Params` schema in openapi.yaml; each method returns its `Bridge…Result`.
 */
export const BRIDGE_METHODS: Record<string, { params: string, result: string, run: Method }> = {
  'ping': { params: 'BridgeEmptyParams', result: 'BridgePingResult', run: async () => ({ pong: true, server_time: new Date().toISOString() }) },

  'model.list': { params: 'BridgeEmptyParams', result: 'BridgeModelListResult', run: async (_r, { codex }) => {
    const { data } = await codex.request('model/list', {})
    return { models: data }
  } },

  'session.list': { params: 'BridgeEmptyParams', result: 'BridgeSessionListResult', run: async (_r, { projects }) => ({
    sessions: await projects.sessions(),
  }) },

  'session.start': { params: 'BridgeSessionStartParams', result: 'BridgeSessionRef', run: async ({ payload }, { chats }) => {
    // Never full access unless asked: the default sandbox is workspace-write.
    const { chatId } = await chats.create(payload.cwd, {
      ...(payload.model ? { model: payload.model } : {}),
      ...(payload.approval_policy ? { approvalPolicy: payload.approval_policy } : {}),
      sandbox: payload.sandbox ?? 'workspace-write',
    })
    return { session_id: chatId, thread_id: chatId }
  } },

  'session.resume': { params: 'BridgeSessionParams', result: 'BridgeSessionResumeResult', run: async ({ payload }, { chats }) => ({
    session_id: payload.session_id, thread_id: payload.session_id, status: await chats.activate(payload.session_id),
  }) },

  'session.update': { params: 'BridgeSessionUpdateParams', result: 'BridgeSessionUpdateResult', run: async ({ payload }, { chats }) => {
    await chats.ensureLoaded(payload.session_id)
    const settings = chats.updateSettings(payload.session_id, {
      ...(payload.approval_policy ? { approvalPolicy: payload.approval_policy } : {}),
      ...(payload.sandbox ? { sandboxPolicy: SANDBOX_POLICY[payload.sandbox] } : {}),
    })
    const sandbox = Object.entries(SANDBOX_POLICY).find(([, p]) => p.type === settings.sandboxPolicy?.type)?.[0] ?? null
    return { session_id: payload.session_id, approval_policy: settings.approvalPolicy ?? null, sandbox }
  } },

  'session.content': { params: 'BridgeSessionParams', result: 'BridgeSessionContentResult', run: async ({ payload }, { sessions }) => {
    const content = await sessions.content(payload.session_id)
    return {
      session_id: payload.session_id, thread_id: payload.session_id, last_seq: content.lastSeq, session: content.session,
      entries: content.entries, active_turns: content.activeTurns, pending_approvals: content.pendingApprovals,
    }
  } },

  'session.sync': { params: 'BridgeSessionSyncParams', result: 'BridgeSessionSyncResult', run: async ({ payload }, { sessions }) => {
    const sync = await sessions.sync(payload.session_id, payload.since_seq)
    return {
      session_id: payload.session_id, thread_id: payload.session_id, last_seq: sync.lastSeq, entries: sync.entries,
      active_turns: sync.activeTurns, pending_approvals: sync.pendingApprovals, changed_turn_ids: sync.changedTurnIds,
      needs_full_sync: Boolean(sync.fallback), fallback_reason: sync.fallback ?? '',
    }
  } },

  'turn.send': { params: 'BridgeTurnTextParams', result: 'BridgeTurnSendResult', run: async ({ id, payload }, { sessions }) => {
    const itemId = `input_${id}`
    const { turnId } = await sessions.send(payload.session_id, payload.text, itemId)
    return { session_id: payload.session_id, turn_id: turnId, item_id: itemId }
  } },

  'turn.steer': { params: 'BridgeTurnTextParams', result: 'BridgeTurnSteerResult', run: async ({ payload }, { chats }) => {
    const { turnId, steered } = await chats.steer(payload.session_id, payload.text)
    return { session_id: payload.session_id, turn_id: turnId, steered }
  } },

  'turn.interrupt': { params: 'BridgeSessionParams', result: 'BridgeTurnInterruptResult', run: async ({ payload }, { chats }) => {
    const { interrupted, turnId } = await chats.stop(payload.session_id)
    return { session_id: payload.session_id, interrupted, turn_id: turnId }
  } },

  'approval.response': { params: 'BridgeApprovalResponseParams', result: 'BridgeApprovalResponseResult', run: async ({ payload }, { approvals }) => {
    await approvals.answer(payload.request_id, DECISIONS[payload.decision], payload.session_id)
    return { session_id: payload.session_id, request_id: payload.request_id, decision: payload.decision }
  } },

  'file.read': { params: 'BridgeFileReadParams', result: 'BridgeFileReadResult', run: async ({ payload }, { projects }) => {
    const cwd = await projects.cwdOfChat(payload.session_id)
    const file = await readWorkspaceFile(cwd, payload.path, payload.max_bytes)
    return { session_id: payload.session_id, path: file.path, resolved_path: file.resolvedPath, content: file.content, truncated: file.truncated, bytes: file.bytes, binary: file.binary }
  } },
}
