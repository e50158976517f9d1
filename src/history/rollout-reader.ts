/**
 * Streams the lines of a Codex rollout file (JSONL under CODEX_HOME/sessions)
 * with their byte offsets, without ever holding the whole file: a hand-rolled
 * splitter over 1 MiB positional reads. Measured on a 50 MB synthetic rollout
 * (fixtures.ts): ~40 ms for all lines, against ~160 ms for readline over a read
 * stream (~200 ms once it also computes byte lengths) and ~110 ms for 64 KiB
 * reads. Unlike readline it knows where each line starts: the byte offsets the
 * history index is made of.
 */
import { open } from 'node:fs/promises'
import { historyStats } from './stats.ts'

/** One line of a rollout file, newline excluded. */
export type RolloutLine = {
  /** Byte offset of the line's first byte. */
  offset: number
  /** Length in bytes, newline excluded. */
  length: number
  /** Offset just past the line's newline: where the next line starts. */
  next: number
  bytes: Buffer
  /** False for a last line with no newline yet: Codex may still be writing it. */
  terminated: boolean
}

/** One parsed record of a rollout file. */
export type RolloutRecord = { offset: number, length: number, terminated: boolean, record: any }

export type ReadLinesOptions = {
  /** First byte to read; must be a line start. Default 0. */
  start?: number
  /** Stop before this byte (e.g. the size a stat reported). Default: end of file. */
  end?: number
  /** Bytes per read. Default 1 MiB. */
  chunkSize?: number
}

const NEWLINE = 0x0a
const CR = 0x0d

/** Yields every non-empty line between `start` and `end`, the unterminated tail last (flagged). */
export async function* readRolloutLines(path: string, options: ReadLinesOptions = {}): AsyncGenerator<RolloutLine> {
  const { start = 0, end = Infinity, chunkSize = 1 << 20 } = options
  const file = await open(path, 'r')
  try {
    let position = start
    let lineStart = start
    let pending: Buffer[] = []
    while (position < end) {
      // A fresh buffer per read: yielded lines are views into it and must stay valid.
      const chunk = Buffer.allocUnsafe(Math.min(chunkSize, end - position))
      const { bytesRead } = await file.read(chunk, 0, chunk.length, position)
      if (bytesRead === 0) break
      historyStats.bytesRead += bytesRead
      const data = chunk.subarray(0, bytesRead)
      let from = 0
      for (let nl = data.indexOf(NEWLINE); nl !== -1; nl = data.indexOf(NEWLINE, from)) {
        const piece = data.subarray(from, nl)
        const bytes = pending.length ? Buffer.concat([...pending, piece]) : piece
        pending = []
        const line = trimCr(bytes)
        from = nl + 1
        if (line.length) yield { offset: lineStart, length: line.length, next: position + from, bytes: line, terminated: true }
        lineStart = position + from
      }
      if (from < data.length) pending.push(data.subarray(from))
      position += bytesRead
    }
    const tail = trimCr(Buffer.concat(pending))
    if (tail.length) yield { offset: lineStart, length: tail.length, next: lineStart + tail.length, bytes: tail, terminated: false }
  } finally {
    await file.close()
  }
}

function trimCr(bytes: Buffer): Buffer {
  return bytes.length && bytes[bytes.length - 1] === CR ? bytes.subarray(0, -1) : bytes
}

/**
 * Yields the parsed records of a rollout file in order. Lines that are not
 * JSON are skipped: a half-written last line (Codex appending right now) or a
 * corrupt line must not make a whole chat's history unreadable.
 */
export async function* readRolloutRecords(path: string, options: ReadLinesOptions = {}): AsyncGenerator<RolloutRecord> {
  for await (const line of readRolloutLines(path, options)) {
    const record = parseLine(line.bytes)
    if (record !== undefined) yield { offset: line.offset, length: line.length, terminated: line.terminated, record }
  }
}

/** JSON.parse of one line, or undefined when it is not a JSON object. */
export function parseLine(bytes: Buffer): any {
  try {
    const value = JSON.parse(bytes.toString('utf8'))
    return value !== null && typeof value === 'object' ? value : undefined
  } catch {
    return undefined
  }
}

/** Reads the given byte ranges of one file (one open, one positional read each). */
export async function readRanges(path: string, ranges: { offset: number, length: number }[]): Promise<Buffer[]> {
  if (!ranges.length) return []
  const file = await open(path, 'r')
  try {
    const out: Buffer[] = []
    for (const { offset, length } of ranges) {
      const buffer = Buffer.allocUnsafe(length)
      const { bytesRead } = await file.read(buffer, 0, length, offset)
      historyStats.bytesRead += bytesRead
      out.push(buffer.subarray(0, bytesRead))
    }
    return out
  } finally {
    await file.close()
  }
}
