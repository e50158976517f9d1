/** The part of an agent-message delta that joining needs; the rest of the object goes along. */
export interface Delta {
  turnId: string
  itemId: string
  delta: string
}

/**
 * Joins the deltas of one agent message that arrive in the same turn of the event loop into one.
 * Under load the app-server's stdout hands over hundreds of deltas at once; sent one by one they
 * cost every client a frame each, and the gateway a serialisation and a write per frame per
 * client. Joined, the text and its order are the same and only the frame count drops; with no
 * load each delta still goes out alone, at the end of the turn it arrived in.
 *
 * `flush(key)` must run before anything else of the same key is sent, so nothing overtakes text
 * that came before it.
 */
export class DeltaCoalescer<T extends Delta> {
  private readonly pending = new Map<string, T>()
  private readonly emit: (key: string, delta: T) => void

  constructor(emit: (key: string, delta: T) => void) {
    this.emit = emit
  }

  add(key: string, delta: T): void {
    const pending = this.pending.get(key)
    if (pending && pending.itemId === delta.itemId && pending.turnId === delta.turnId) {
      pending.delta += delta.delta
      return
    }
    this.flush(key)
    this.pending.set(key, { ...delta })
    setImmediate(() => this.flush(key))
  }

  /** Sends what is pending for `key`, if anything. */
  flush(key: string): void {
    const pending = this.pending.get(key)
    if (!pending) return
    this.pending.delete(key)
    this.emit(key, pending)
  }
}
