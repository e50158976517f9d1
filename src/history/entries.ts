/**
 * The shapes of history: what the Companion API returns for
 * `GET /v1/chats/{chatId}/messages` and `/timeline`, and what the index keeps
 * per entry (the same minus message text, plus where the text sits).
 */

/** One user or assistant message of a chat. */
export type HistoryMessage = {
  /** The Codex item id (matches the live stream's item ids), else `r<byte offset>`. */
  id: string
  role: 'user' | 'assistant'
  text: string
  /** ISO 8601 time the record was written. */
  createdAt: string
  turnId?: string
  /** Assistant only, when the model sent one: `commentary` or `final_answer`. */
  phase?: string
  /** On a turn's final answer: how long the turn worked, in whole seconds. */
  workedDurationSeconds?: number
}

/** One read, search or listing inside an Explored card. */
export type ExploredAction = { type: 'read' | 'search' | 'list', command: string, path?: string, query?: string }

type EntryBase = { id: string, createdAt: string, turnId?: string, title: string }

/** A user message or an assistant message that is not commentary. */
export type MessageEntry = EntryBase & Omit<HistoryMessage, 'id' | 'createdAt' | 'turnId'> & { kind: 'message' }
/** An assistant message with phase `commentary`. */
export type CommentaryEntry = EntryBase & Omit<HistoryMessage, 'id' | 'createdAt' | 'turnId'> & { kind: 'commentary' }
/** Consecutive read/search/list commands of one turn, as one card. */
export type ExploredEntry = EntryBase & { kind: 'explored', actions: ExploredAction[] }
type CommandFields = {
  /** The command line, without the `bash -lc` wrapper; cut at 1,000 characters. */
  command: string
  exitCode: number | null
  durationMs: number | null
  /** Codex's status: `completed`, `failed` or `declined`. */
  status: string
}
/** Any other command the agent ran, finished within its turn. */
export type CommandEntry = EntryBase & CommandFields & { kind: 'command_finished' }
/** A command that went on running in the background and finished after its turn had ended. */
export type BackgroundTerminalEntry = EntryBase & CommandFields & { kind: 'background_terminal_finished' }
/** One file changed by apply_patch. */
export type FileEditedEntry = EntryBase & {
  kind: 'file_edited'
  /** Relative to the turn's cwd when inside it. */
  path: string
  change: 'add' | 'update' | 'delete'
  /** Set when the update also renamed the file (`path` is the new name). */
  movedFrom?: string
  additions: number
  deletions: number
}
export type CompactedEntry = EntryBase & { kind: 'context_compacted' }

/** One row of the mobile timeline. */
export type TimelineEntry = MessageEntry | CommentaryEntry | ExploredEntry | CommandEntry | BackgroundTerminalEntry | FileEditedEntry | CompactedEntry

/** A message as the index keeps it: no text, but where its record sits. */
export type IndexedMessage = Omit<HistoryMessage, 'text'> & {
  kind: 'message' | 'commentary'
  title: string
  /** Byte range of the record holding the text. */
  offset: number
  length: number
}

/** A card as the index keeps it: the finished entry plus the position that orders it. */
export type IndexedCard = Exclude<TimelineEntry, MessageEntry | CommentaryEntry> & {
  offset: number
  /** Which of its record's entries this is, when a record gives several (a patch's files). */
  part?: number
}

export type IndexedEntry = IndexedMessage | IndexedCard

/** Narrows an indexed entry to a message. */
export function isMessage(entry: IndexedEntry): entry is IndexedMessage {
  return entry.kind === 'message' || entry.kind === 'commentary'
}
