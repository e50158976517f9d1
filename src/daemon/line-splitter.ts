/**
 * Splits a byte stream into newline-terminated lines of at most `maxBytes` each, without ever
 * holding more than that: once a line grows past the cap its bytes are dropped as they arrive
 * until the next newline, and `onOverflow` is called once for it.
 */
export class LineSplitter {
  private parts: Buffer[] = []
  private size = 0
  private dropping = false
  /** The cap; it may change between lines (the daemon raises it after auth). */
  maxBytes: number
  private readonly onLine: (line: Buffer) => void
  private readonly onOverflow: () => void

  constructor(maxBytes: number, onLine: (line: Buffer) => void, onOverflow: () => void) {
    this.maxBytes = maxBytes
    this.onLine = onLine
    this.onOverflow = onOverflow
  }

  push(chunk: Buffer): void {
    let rest = chunk
    while (rest.length > 0) {
      const newline = rest.indexOf(0x0a)
      const piece = newline < 0 ? rest : rest.subarray(0, newline)
      this.take(piece)
      if (newline < 0) return
      this.endLine()
      rest = rest.subarray(newline + 1)
    }
  }

  /** Bytes of the current, unfinished line held in memory. */
  get buffered(): number {
    return this.size
  }

  private take(piece: Buffer): void {
    if (this.dropping || piece.length === 0) return
    if (this.size + piece.length > this.maxBytes) {
      this.parts = []
      this.size = 0
      this.dropping = true
      this.onOverflow()
      return
    }
    this.parts.push(piece)
    this.size += piece.length
  }

  private endLine(): void {
    if (this.dropping) {
      this.dropping = false
      return
    }
    const line = Buffer.concat(this.parts, this.size)
    this.parts = []
    this.size = 0
    this.onLine(line)
  }
}
