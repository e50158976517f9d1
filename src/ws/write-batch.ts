import type { Writable } from 'node:stream'

/**
 * Holds the writes to a socket until the end of the current turn of the event loop, so a burst
 * of frames — one stdout chunk of the app-server carries hundreds of deltas — leaves in one
 * write per client instead of one system call per frame. Frames, their order and their
 * content are unchanged; only how many reach the kernel at once.
 */
export class WriteBatch {
  private readonly held = new Set<Writable>()

  /** Corks `socket` (once per turn); everything written to it until the next check phase goes out together. */
  hold(socket: Writable): void {
    if (this.held.has(socket)) return
    if (this.held.size === 0) setImmediate(() => this.release())
    this.held.add(socket)
    socket.cork()
  }

  private release(): void {
    for (const socket of this.held) socket.uncork()
    this.held.clear()
  }
}
