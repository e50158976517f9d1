import { readMessages } from '../../history/messages.ts'
import { readTimeline } from '../../history/timeline.ts'
import type { Handler } from '../handler-types.ts'

const EMPTY = { nextCursor: null }

/** Persisted messages, from the thread's rollout file (`path` of upstream `thread/list` / `thread/read`). */
export const chatMessagesGet: Handler<'chatMessagesGet'> = async ({ params, query }, { projects }) => {
  const path = await projects.rolloutPathOf(params.chatId)
  return { data: path ? await readMessages(path, query) : { ...EMPTY, messages: [] } }
}

/** Messages, commentary and activity cards, from the same rollout file. */
export const chatTimelineGet: Handler<'chatTimelineGet'> = async ({ params, query }, { projects }) => {
  const path = await projects.rolloutPathOf(params.chatId)
  return { data: path ? await readTimeline(path, query) as any : { ...EMPTY, entries: [] } }
}
