/**
 * `GET /v1/chats/{chatId}/timeline`: the mobile timeline of a chat — messages,
 * saved commentary and activity cards (Explored, Command finished, Edited,
 * Context automatically compacted, Background terminal finished) — read from
 * its rollout file, newest page first. Every entry has a `title` to show as is.
 */
import type { CommentaryEntry, IndexedEntry, MessageEntry, TimelineEntry } from './entries.ts'
import { isMessage } from './entries.ts'
import { loadTexts, withIndex } from './message-texts.ts'
import type { ReadHistoryOptions } from './messages.ts'
import { selectPage } from './paging.ts'

export type TimelinePage = {
  /** Oldest first within the page. */
  entries: TimelineEntry[]
  /** Cursor for the page of older entries; null when this page reaches the first one. */
  nextCursor: string | null
}

/**
 * One page of the timeline of the rollout file at `path`. A missing file reads as
 * an empty timeline. Throws INVALID_REQUEST for a bad cursor or limit.
 */
export function readTimeline(path: string, options: ReadHistoryOptions = {}): Promise<TimelinePage> {
  return withIndex(path, options.cache, async index => {
    const { page, nextCursor } = selectPage('timeline', index?.timeline ?? [], options)
    const texts = await loadTexts(path, page.filter(isMessage))
    if (!texts) return undefined
    let next = 0
    return { entries: page.map(entry => toEntry(entry, isMessage(entry) ? texts[next++] : '')), nextCursor }
  })
}

function toEntry(entry: IndexedEntry, text: string): TimelineEntry {
  if (!isMessage(entry)) {
    // Same key order as messages: id, kind, createdAt, turnId, title, then the card's own fields.
    const { offset, part, id, kind, createdAt, turnId, title, ...rest } = entry
    const card = { id, kind, createdAt, ...(turnId ? { turnId } : {}), title, ...rest } as TimelineEntry
    return card.kind === 'explored' ? { ...card, actions: card.actions.map(a => ({ ...a })) } : card
  }
  const out: MessageEntry | CommentaryEntry = { id: entry.id, kind: entry.kind, createdAt: entry.createdAt, title: entry.title, role: entry.role, text }
  if (entry.turnId) out.turnId = entry.turnId
  if (entry.phase) out.phase = entry.phase
  if (entry.workedDurationSeconds !== undefined) out.workedDurationSeconds = entry.workedDurationSeconds
  return out
}
