/** One row of a bridge session's history: a Codex item of a turn, or how a finished turn ended. */
export interface SessionEntry {
  entry_id: string
  seq: number
  turn_id: string | null
  kind: 'item' | 'turn_status'
  item_id?: string
  /** The Codex thread item, as the app-server describes it. */
  item?: Record<string, unknown>
  status?: 'completed' | 'failed' | 'interrupted'
  error?: string | null
  /** On a re-emitted optimistic input: the seq of the echo it replaces. */
  replaces_seq?: number
}

/** A turn as the log knows it from live events. */
export interface TurnRecord {
  turnId: string
  status: string
  error: string | null
  items: Map<string, Record<string, unknown>>
  /** Agent messages that streamed deltas but are not completed yet. */
  streaming: Set<string>
  /** True when the turn was followed from its start, so `items` is all of it. */
  complete: boolean
}

const FINISHED = new Set(['completed', 'failed', 'interrupted'])

/** The id clients dedupe a user message by: the id of its optimistic echo when there was one. */
export function itemIdOf(item: Record<string, any>): string {
  return item.type === 'userMessage' && typeof item.clientId === 'string' ? item.clientId : String(item.id)
}

/** The entries of one turn, all carrying the turn's seq. */
export function turnEntries(turnId: string, status: string, error: string | null, items: Iterable<Record<string, any>>, seq: number): SessionEntry[] {
  const entries: SessionEntry[] = []
  for (const item of items) {
    const itemId = itemIdOf(item)
    entries.push({ entry_id: `${turnId}:${itemId}`, seq, turn_id: turnId, kind: 'item', item_id: itemId, item })
  }
  if (FINISHED.has(status)) {
    entries.push({ entry_id: `${turnId}:status`, seq, turn_id: turnId, kind: 'turn_status', status: status as SessionEntry['status'], error })
  }
  return entries
}

/** An optimistic echo of user input, before Codex has made it part of a turn. */
export function inputEntry(itemId: string, text: string, seq: number, turnId: string | null, replacesSeq?: number): SessionEntry {
  return {
    entry_id: `input:${itemId}`,
    seq,
    turn_id: turnId,
    kind: 'item',
    item_id: itemId,
    item: { type: 'userMessage', id: itemId, clientId: itemId, content: [{ type: 'text', text, text_elements: [] }] },
    ...(replacesSeq === undefined ? {} : { replaces_seq: replacesSeq }),
  }
}
