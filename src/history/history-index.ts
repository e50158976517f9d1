/**
 * The per-file history index: every visible entry of a rollout file, in file
 * order, with the byte range of each message's record so a page reads only
 * the text it shows. Built in one streaming pass and extended in place when
 * the file only grew (rollouts are append-only), so the scan state that spans
 * records (open turns, the cwd, the Explored card being grown) lives here too.
 */
import { readRolloutLines } from './rollout-reader.ts'
import type { RolloutLine } from './rollout-reader.ts'
import { applyRecord } from './record-handlers.ts'
import type { IndexedEntry, IndexedMessage } from './entries.ts'
import { historyStats } from './stats.ts'

/** A turn that has started and not yet completed. */
export type TurnState = {
  /** ms since the epoch of its task_started record. */
  startedMs?: number
  cwd?: string
  /** Its last assistant message with phase final_answer… */
  finalAnswer?: IndexedMessage
  /** …else its last assistant message that is not commentary: either gets workedDurationSeconds. */
  lastAssistant?: IndexedMessage
}

/** What a scan carries from one record to the next. */
export type ScanState = {
  cwd?: string
  currentTurnId?: string
  openTurns: Map<string, TurnState>
  /** Set by the first `item_completed`: from then on the legacy event records are ignored. */
  itemMode: boolean
}

export type HistoryIndex = {
  path: string
  /** The stat this index matches. */
  ino: number
  size: number
  mtimeMs: number
  /** Bytes indexed: everything before the first unterminated line. */
  scannedBytes: number
  /** The last bytes indexed and where they sit: if they changed, the file was rewritten, not appended to. */
  fingerprint: { at: number, bytes: Buffer }
  /** Timeline entries in file order (ascending offset). */
  timeline: IndexedEntry[]
  /** The message entries of `timeline`, same objects, same order. */
  messages: IndexedMessage[]
  state: ScanState
}

/** An empty index for `path`, ready to scan from byte 0. */
export function createIndex(path: string): HistoryIndex {
  return { path, ino: 0, size: 0, mtimeMs: 0, scannedBytes: 0, fingerprint: { at: 0, bytes: Buffer.alloc(0) },
    timeline: [], messages: [], state: { openTurns: new Map(), itemMode: false } }
}

/** Indexes the complete lines from `index.scannedBytes` up to byte `end`. */
export async function scanIndex(index: HistoryIndex, end: number): Promise<void> {
  for await (const line of readRolloutLines(index.path, { start: index.scannedBytes, end })) {
    // An unterminated last line is a record Codex is still writing: index it next time.
    if (!line.terminated) break
    indexLine(index, line)
    index.scannedBytes = line.next
    const keep = Math.min(64, line.length)
    index.fingerprint = { at: line.offset + line.length - keep, bytes: Buffer.from(line.bytes.subarray(line.length - keep)) }
  }
}

/** Record kinds that can produce or complete an entry; everything else is skipped unparsed. */
const PARSED_TOP = new Set(['session_meta', 'turn_context'])
const PARSED_EVENTS = new Set(['item_completed', 'task_started', 'task_complete', 'turn_aborted', 'user_message', 'agent_message', 'context_compacted'])
/** Codex writes `{"timestamp":…,"ordinal":…,"type":…,"payload":{"type":…` first: reading that is enough to skip a line. */
const HEAD = /^\{"timestamp":"([^"]*)","ordinal":\d+,"type":"([a-z_]+)"(?:,"payload":\{"type":"([A-Za-z_]+)")?/

function indexLine(index: HistoryIndex, line: RolloutLine): void {
  const head = HEAD.exec(line.bytes.toString('latin1', 0, Math.min(line.length, 256)))
  if (head) {
    const [, timestamp, type, payloadType] = head
    // A compacted record carries the whole replacement history; the card needs only its time.
    if (type === 'compacted') return applyRecord(index, line, { timestamp, type })
    const wanted = type === 'event_msg' ? payloadType === undefined || PARSED_EVENTS.has(payloadType) : PARSED_TOP.has(type)
    if (!wanted) return
  }
  let record: any
  try {
    record = JSON.parse(line.bytes.toString('utf8'))
  } catch {
    return // a corrupt line loses its own entry, not the chat's history
  }
  historyStats.recordsParsed++
  if (record && typeof record === 'object') applyRecord(index, line, record)
}
