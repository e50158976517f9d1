import { constants } from 'node:fs'
import { lstat, open, readlink } from 'node:fs/promises'
import { join } from 'node:path'

// Untracked files have no blob in git yet, so their line counts and "new file" patches are
// read here. Paths come from git's own listing of the work tree; the last component is opened
// with O_NOFOLLOW so a file swapped for a symlink after the listing is never read through.

/** Bytes of one untracked file read to count its lines; past it the count covers only this much. */
export const MAX_COUNTED_BYTES = 1024 * 1024
/** Bytes git reads to decide "binary" (a NUL byte in the first 8000 bytes, as git's buffer_is_binary). */
const BINARY_PROBE_BYTES = 8000

/** What an untracked path holds, as git would show it: text, binary, a symlink's target, or nothing readable. */
export type UntrackedContent =
  | { kind: 'text', text: string, mode: string }
  | { kind: 'binary', mode: string }
  | { kind: 'symlink', target: string }
  | { kind: 'too-large', lines: number, bytes: number }
  | { kind: 'none' }

/** Lines of an untracked text file (0 for binary or unreadable) counting at most `maxBytes`, and the bytes read. */
export async function untrackedLines(root: string, rel: string, maxBytes: number = MAX_COUNTED_BYTES): Promise<{ lines: number, bytes: number }> {
  const content = await readUntracked(root, rel, 0, maxBytes)
  if (content.kind === 'too-large') return { lines: content.lines, bytes: content.bytes }
  return { lines: content.kind === 'symlink' ? 1 : 0, bytes: 0 }
}

/**
 * Reads an untracked path. Text up to `maxTextBytes` comes back whole; a bigger text file
 * comes back as `too-large` with the lines in its first `maxCountBytes`; a FIFO, socket or
 * missing file is `none`.
 */
export async function readUntracked(root: string, rel: string, maxTextBytes: number, maxCountBytes: number = MAX_COUNTED_BYTES): Promise<UntrackedContent> {
  const path = join(root, rel)
  const info = await lstat(path).catch(() => null)
  if (info?.isSymbolicLink()) return { kind: 'symlink', target: await readlink(path, 'utf8') }
  if (!info?.isFile()) return { kind: 'none' }
  const mode = info.mode & 0o111 ? '100755' : '100644'
  const file = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK).catch(() => null)
  if (file === null) return { kind: 'none' }
  try {
    const buffer = Buffer.alloc(64 * 1024)
    const kept: Buffer[] = []
    let size = 0
    let lines = 0
    let last = 0x0a
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, null)
      if (bytesRead === 0) break
      const chunk = buffer.subarray(0, bytesRead)
      if (size < BINARY_PROBE_BYTES && chunk.subarray(0, BINARY_PROBE_BYTES - size).includes(0)) return { kind: 'binary', mode }
      if (size + bytesRead <= maxTextBytes) kept.push(Buffer.from(chunk))
      lines += countNewlines(chunk)
      last = chunk[bytesRead - 1]
      size += bytesRead
      if (size >= maxCountBytes && size > maxTextBytes) break // past both caps: neither the text nor more counting is wanted
    }
    if (size > maxTextBytes) return { kind: 'too-large', lines: lines + (last === 0x0a ? 0 : 1), bytes: size }
    return { kind: 'text', text: Buffer.concat(kept).toString('utf8'), mode }
  } finally {
    await file.close()
  }
}

function countNewlines(chunk: Buffer): number {
  let count = 0
  for (let at = chunk.indexOf(0x0a); at !== -1; at = chunk.indexOf(0x0a, at + 1)) count++
  return count
}
