import type { CompanionStreamFrame } from '../../generated/messages/types.ts'
import type { ChatEvent } from '../core/chats.ts'
import { publicError } from '../errors.ts'

const TURN_STATUS: Record<string, 'completed' | 'interrupted' | 'failed'> = {
  completed: 'completed',
  interrupted: 'interrupted',
  failed: 'failed',
}

/** The companion stream's frame for a chat event, or undefined when the companion does not show it. */
export function companionFrame(event: ChatEvent): CompanionStreamFrame | undefined {
  const { chatId } = event
  if (event.kind === 'unavailable') return { type: 'error', data: { ...publicError(event.error), chatId } }
  const { method, params } = event
  switch (method) {
    case 'turn/started':
      return { type: 'turn_started', data: { chatId, turnId: params.turn.id } }
    case 'item/agentMessage/delta':
      return { type: 'message_delta', data: { chatId, turnId: params.turnId, itemId: params.itemId, delta: params.delta } }
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
