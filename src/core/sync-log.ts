import { readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { writeJsonAtomic } from './json-file.ts'

/** Why an incremental sync cannot answer and the client must take a full snapshot. */
export type FallbackReason = 'cursor_ahead' | 'cursor_from_older_log' | 'cursor_evicted' | 'turn_streaming'

/** Changed turns a log retains; older changes answer `cursor_evicted`. */
const RETAINED_TURNS = 2000
/** How soon a flush that failed (a full or read-only disk) is tried again. */
const RETRY_DELAY_MS = 5000
const PERSIST_DELAY_MS = 250

interface SessionLog {
  /** The first seq of this log: a cursor below it comes from an older, lost log. */
  base: number
  lastSeq: number
  /** The seq at which each retained turn last changed. */
  turns: Map<string, number>
  /** Highest seq of a turn change dropped from the window; cursors below it cannot be answered. */
  evictedThrough: number
}

interface StoredLog {
  base: number
  lastSeq: number
  evictedThrough: number
  turns: [string, number][]
}

/**
 * A per-session sequence over everything that happens to it: every event and every turn change
 * gets the next seq. It remembers which turns changed at which seq, so a client's
 * `since_seq` maps to the turns to send again — work proportional to the change, not the history.
 * Persisted (debounced, atomically) per session under `<data-dir>/sync/`, so seqs go on across a
 * restart; a log that was lost starts at a base above any earlier seq (the clock), so an old
 * cursor is recognised and answered with a full-sync fallback instead of silence.
 */
export class SyncLog {
  private readonly dir: string
  private readonly logs = new Map<string, SessionLog>()
  private readonly dirty = new Set<string>()
  private flushTimer?: NodeJS.Timeout
  private readonly now: () => number

  constructor(dataDir: string, options: { now?: () => number } = {}) {
    this.dir = join(dataDir, 'sync')
    this.now = options.now ?? Date.now
  }

  /**
   * Loads a session's log from disk, or starts a new one. Synchronous on purpose: events must take
   * their seqs in arrival order, and the file is small and read once per session.
   */
  open(sessionId: string): void {
    if (this.logs.has(sessionId)) return
    const stored = readStored(this.file(sessionId))
    const base = this.now() * 1000
    this.logs.set(sessionId, stored
      ? { base: stored.base, lastSeq: stored.lastSeq, evictedThrough: stored.evictedThrough, turns: new Map(stored.turns) }
      : { base, lastSeq: base, evictedThrough: 0, turns: new Map() })
  }

  has(sessionId: string): boolean {
    return this.logs.has(sessionId)
  }

  lastSeq(sessionId: string): number {
    return this.log(sessionId).lastSeq
  }

  /** The next seq, for an event that changes no turn. */
  next(sessionId: string): number {
    const log = this.log(sessionId)
    this.touch(sessionId)
    return ++log.lastSeq
  }

  /** Records that a turn changed; returns the seq of the change. */
  turnChanged(sessionId: string, turnId: string): number {
    const log = this.log(sessionId)
    const seq = ++log.lastSeq
    log.turns.delete(turnId) // re-insert: the map stays ordered by seq
    log.turns.set(turnId, seq)
    while (log.turns.size > RETAINED_TURNS) {
      const [oldest, oldestSeq] = log.turns.entries().next().value!
      log.turns.delete(oldest)
      log.evictedThrough = Math.max(log.evictedThrough, oldestSeq)
    }
    this.touch(sessionId)
    return seq
  }

  /** The seq at which a turn last changed, if the log retains it. */
  turnSeq(sessionId: string, turnId: string): number | undefined {
    return this.log(sessionId).turns.get(turnId)
  }

  /** Turns changed after `sinceSeq`, oldest change first, or why that cannot be answered. */
  changedSince(sessionId: string, sinceSeq: number): { turnIds: string[] } | { fallback: FallbackReason } {
    const log = this.log(sessionId)
    if (sinceSeq > log.lastSeq) return { fallback: 'cursor_ahead' }
    if (sinceSeq < log.base) return { fallback: 'cursor_from_older_log' }
    if (sinceSeq < log.evictedThrough) return { fallback: 'cursor_evicted' }
    const turnIds: string[] = []
    // Newest changes sit at the end of the map: walk back only as far as the cursor.
    for (const [turnId, seq] of [...log.turns].reverse()) {
      if (seq <= sinceSeq) break
      turnIds.unshift(turnId)
    }
    return { turnIds }
  }

  /** Writes every changed log now (also called at shutdown). */
  async flush(): Promise<void> {
    clearTimeout(this.flushTimer)
    this.flushTimer = undefined
    const ids = [...this.dirty]
    this.dirty.clear()
    if (ids.length) await mkdir(this.dir, { recursive: true, mode: 0o700 })
    await Promise.all(ids.map(async id => {
      const log = this.log(id)
      try {
        await writeJsonAtomic(this.file(id), { base: log.base, lastSeq: log.lastSeq, evictedThrough: log.evictedThrough, turns: [...log.turns] } satisfies StoredLog)
      } catch (error) {
        this.dirty.add(id) // still in memory: written whole by a later flush once the disk takes it
        throw error
      }
    }))
  }

  private touch(sessionId: string): void {
    this.dirty.add(sessionId)
    this.schedule(PERSIST_DELAY_MS)
  }

  private schedule(delayMs: number): void {
    this.flushTimer ??= setTimeout(() => void this.flush().catch(() => this.schedule(RETRY_DELAY_MS)), delayMs)
  }

  private log(sessionId: string): SessionLog {
    this.open(sessionId)
    return this.logs.get(sessionId)!
  }

  private file(sessionId: string): string {
    return join(this.dir, `${encodeURIComponent(sessionId)}.json`)
  }
}

/** A stored log, or null when there is none (or it is unreadable: then it counts as lost). */
function readStored(path: string): StoredLog | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as StoredLog
  } catch {
    return null
  }
}
