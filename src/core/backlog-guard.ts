/** How often `watch` looks at a backlog over the soft cap. */
const WATCH_INTERVAL_MS = 500
/**
 * The longest gap between two looks that counts as time the reader had to read. A longer gap
 * means the gateway itself was busy (a huge frame to parse, a starved machine): it did not flush
 * the socket either, so the reader cannot be blamed for the backlog not shrinking meanwhile.
 */
const MAX_OBSERVED_GAP_MS = 2 * WATCH_INTERVAL_MS

/** How much output a reader may leave unread, and for how long. */
export interface BacklogLimits {
  /** Over this, a reader must show progress within `graceMs` or be dropped. */
  softBytes: number
  /** Over this, a reader is dropped at once: the most one client can make the gateway hold. */
  hardBytes: number
  /** How long a reader over `softBytes` may go without reading anything (default 2 s). */
  graceMs?: number
}

/**
 * Tells a reader that stalled from one busy with a big frame, for every face's outgoing queue.
 * A backlog over the soft cap is fine while it shrinks (one large item does that to any phone);
 * one that has not shrunk for `graceMs`, or that passed the hard cap, means the reader is
 * dropped — so what a client that never reads can make the gateway hold stays bounded.
 */
export class BacklogGuard {
  private readonly softBytes: number
  private readonly hardBytes: number
  private readonly graceMs: number
  /** What the backlog would be had nothing drained since the last check. */
  private expected = 0
  /** How long the backlog has been over the soft cap without shrinking, as the gateway saw it. */
  private stuckMs = 0
  /** When the backlog was last seen over the soft cap. */
  private lastLook: number | undefined
  private timer: NodeJS.Timeout | undefined

  constructor(limits: BacklogLimits) {
    this.softBytes = limits.softBytes
    this.hardBytes = limits.hardBytes
    this.graceMs = limits.graceMs ?? 2000
  }

  /** Call before sending, with the bytes still queued: whether the reader should be dropped. */
  stalled(buffered: number, now = Date.now()): boolean {
    const drained = buffered < this.expected
    this.expected = buffered
    if (buffered > this.hardBytes) return true
    if (buffered <= this.softBytes) {
      this.stuckMs = 0
      this.lastLook = undefined
      return false
    }
    const gap = drained || this.lastLook === undefined ? undefined : now - this.lastLook
    this.stuckMs = gap === undefined ? 0 : this.stuckMs + (gap <= MAX_OBSERVED_GAP_MS ? gap : 0)
    this.lastLook = now
    return this.stuckMs > this.graceMs
  }

  /** Call after queueing `bytes` more. */
  sent(bytes: number): void {
    this.expected += bytes
  }

  /**
   * Call after sending: while the backlog stays over the soft cap, keeps judging it even when
   * nothing more is sent, and calls `drop` once the reader counts as stalled. Without this, a
   * reader that stops at the end of a turn (whose last frames repeat the whole answer) would hold
   * its backlog for as long as the chat stays quiet.
   */
  watch(buffered: () => number, drop: () => void): void {
    if (this.timer || buffered() <= this.softBytes) return
    this.timer = setInterval(() => {
      const now = buffered()
      if (this.stalled(now)) drop()
      else if (now > this.softBytes) return
      this.stop()
    }, WATCH_INTERVAL_MS)
    this.timer.unref()
  }

  /** Ends a `watch` (the connection closed). */
  stop(): void {
    clearInterval(this.timer)
    this.timer = undefined
  }
}
