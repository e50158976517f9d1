/**
 * Newest-first paging over an index's entries. A page holds the newest
 * `limit` entries older than the cursor, in chronological order (oldest
 * first, ready to render); `nextCursor` asks for the page before it and is
 * null once the first entry was returned. A cursor is an opaque base64url
 * token holding the position of the oldest entry returned: its record's byte
 * offset, plus its part number when one record gives several entries (one
 * Edited card per file of a patch). Offsets never
 * move in an append-only file, so pages stay exact while Codex keeps
 * appending, and an index rebuilt from scratch still understands them.
 */
import { GatewayError } from '../errors.ts'

export const DEFAULT_LIMIT = 50
export const MAX_LIMIT = 200

/** Paging options of readMessages / readTimeline. */
export type PageOptions = {
  /** `nextCursor` of the previous page; absent for the newest page. */
  cursor?: string | null
  /** Entries per page: default 50, at most 200 (larger values are clamped). */
  limit?: number
}

/** Which list a cursor belongs to: a timeline cursor is refused by readMessages and vice versa. */
export type CursorKind = 'messages' | 'timeline'

/** Where an entry sits: its record's byte offset, then its part within that record. */
export type Position = { offset: number, part?: number }

export function encodeCursor(kind: CursorKind, before: Position): string {
  return Buffer.from(JSON.stringify({ v: 1, k: kind, b: before.offset, p: before.part ?? 0 })).toString('base64url')
}

/** The position a cursor points before; INVALID_REQUEST when it is not one of ours. */
export function decodeCursor(kind: CursorKind, cursor: string): Required<Position> {
  let value: any
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    value = undefined
  }
  const valid = (n: unknown) => Number.isSafeInteger(n) && (n as number) >= 0
  if (value?.v !== 1 || value.k !== kind || !valid(value.b) || !valid(value.p)) {
    throw new GatewayError('INVALID_REQUEST', `invalid ${kind} cursor`)
  }
  return { offset: value.b, part: value.p }
}

/** The page size to use: INVALID_REQUEST unless a positive integer. */
export function pageLimit(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_LIMIT
  if (!Number.isInteger(limit) || limit < 1) throw new GatewayError('INVALID_REQUEST', 'limit must be a positive integer')
  return Math.min(limit, MAX_LIMIT)
}

/** The page of `entries` (ascending position) for these options, with the cursor for the page before it. */
export function selectPage<T extends Position>(kind: CursorKind, entries: readonly T[], options: PageOptions): { page: T[], nextCursor: string | null } {
  const limit = pageLimit(options.limit)
  const end = options.cursor ? firstAtOrAfter(entries, decodeCursor(kind, options.cursor)) : entries.length
  const start = Math.max(0, end - limit)
  const page = entries.slice(start, end)
  return { page, nextCursor: start > 0 ? encodeCursor(kind, entries[start]) : null }
}

/** Binary search: index of the first entry at or after `at`. */
function firstAtOrAfter(entries: readonly Position[], at: Required<Position>): number {
  let lo = 0
  let hi = entries.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const e = entries[mid]
    if (e.offset < at.offset || (e.offset === at.offset && (e.part ?? 0) < at.part)) lo = mid + 1
    else hi = mid
  }
  return lo
}
