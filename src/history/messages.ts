/**
 * `GET /v1/chats/{chatId}/messages`: a chat's user and assistant messages,
 * read from its rollout file (the thread's `path`), newest page first.
 */
import type { HistoryMessage, IndexedMessage } from './entries.ts'
import type { HistoryIndexCache } from './index-cache.ts'
import { loadTexts, withIndex } from './message-texts.ts'
import { selectPage } from './paging.ts'
import type { PageOptions } from './paging.ts'

export type ReadHistoryOptions = PageOptions & {
  /** Index cache to use; the process-wide one by default. */
  cache?: HistoryIndexCache
}

export type MessagesPage = {
  /** Oldest first within the page. */
  messages: HistoryMessage[]
  /** Cursor for the page of older messages; null when this page reaches the first one. */
  nextCursor: string | null
}

/**
 * One page of the messages of the rollout file at `path`: user messages, assistant
 * commentary and answers, in order. A missing file reads as no messages.
 * Throws INVALID_REQUEST for a bad cursor or limit.
 */
export function readMessages(path: string, options: ReadHistoryOptions = {}): Promise<MessagesPage> {
  return withIndex(path, options.cache, async index => {
    const { page, nextCursor } = selectPage('messages', index?.messages ?? [], options)
    const texts = await loadTexts(path, page)
    return texts && { messages: page.map((m, i) => toMessage(m, texts[i])), nextCursor }
  })
}

function toMessage(m: IndexedMessage, text: string): HistoryMessage {
  const message: HistoryMessage = { id: m.id, role: m.role, text, createdAt: m.createdAt }
  if (m.turnId) message.turnId = m.turnId
  if (m.phase) message.phase = m.phase
  if (m.workedDurationSeconds !== undefined) message.workedDurationSeconds = m.workedDurationSeconds
  return message
}
