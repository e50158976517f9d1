import type { CompanionStreamFrame, components } from '../../generated/messages/types.ts'
import type { ChatEvent } from '../core/chats.ts'
import { publicError } from '../errors.ts'

type StreamItem = components['schemas']['StreamItem']

const TURN_STATUS: Record<string, 'completed' | 'interrupted' | 'failed'> = {
  completed: 'completed',
  interrupted: 'interrupted',
  failed: 'failed',
}

/** The companion stream's frame for a chat event, or undefined when the companion does not show it. */
export function companionFrame(event: ChatEvent): CompanionStreamFrame | undefined {
  const { chatId } = event
  switch (event.kind) {
    case 'unavailable': return { type: 'error', data: { ...publicError(event.error), chatId } }
    case 'approvalRequired': return { type: 'approval_required', data: event.approval }
    case 'approvalCleared': return { type: 'approval_cleared', data: { chatId, ids: event.ids } }
  }
  const { method, params } = event
  switch (method) {
    case 'turn/started':
      return { type: 'turn_started', data: { chatId, turnId: params.turn.id } }
    case 'item/agentMessage/delta':
      return { type: 'message_delta', data: { chatId, turnId: params.turnId, itemId: params.itemId, delta: params.delta } }
    case 'item/started':
    case 'item/completed':
      return { type: method === 'item/started' ? 'item_started' : 'item_completed', data: { chatId, turnId: params.turnId, item: streamItem(params.item) } }
    case 'turn/completed': {
      const turn = params.turn
      const status = TURN_STATUS[turn.status] ?? 'failed'
      const errorMessage: string | undefined = turn.error?.message
      return { type: 'turn_completed', data: { chatId, turnId: turn.id, status, ...(errorMessage ? { errorMessage } : {}) } }
    }
    default:
      return undefined
  }
}

/** The fields a phone shows of a Codex thread item; bulky ones (command output, diffs) stay upstream. */
export function streamItem(item: any): StreamItem {
  const view: StreamItem = { id: item.id, type: item.type }
  if (typeof item.status === 'string') view.status = item.status
  if (item.type === 'agentMessage' || item.type === 'plan') view.text = item.text
  if (item.type === 'agentMessage' && item.phase) view.phase = item.phase
  if (item.type === 'userMessage') view.text = (item.content ?? []).filter((c: any) => c.type === 'text').map((c: any) => c.text).join('\n')
  if (item.type === 'commandExecution') Object.assign(view, { command: item.command, cwd: item.cwd, exitCode: item.exitCode ?? null, durationMs: item.durationMs ?? null })
  if (item.type === 'fileChange') view.paths = (item.changes ?? []).map((c: any) => c.path)
  if (item.type === 'mcpToolCall') Object.assign(view, { server: item.server, tool: item.tool, durationMs: item.durationMs ?? null })
  return view
}
