/**
 * Keeps one history index per rollout file so a page request does not re-read
 * the file. An index matches a file while its (inode, size, mtime) do; when the
 * file only grew — its last indexed bytes are unchanged — the index is extended
 * by scanning just the new bytes, else rebuilt. The cache is an LRU bounded by
 * the total number of entries over all indexes (the one being used stays).
 */
import { stat } from 'node:fs/promises'
import { createIndex, scanIndex } from './history-index.ts'
import type { HistoryIndex } from './history-index.ts'
import { readRanges } from './rollout-reader.ts'
import { historyStats } from './stats.ts'

export type IndexCacheOptions = {
  /**
   * Entries kept over all cached files before least recently used indexes go.
   * An entry costs ~400 bytes of heap (measured: 122,000 entries, 49 MB), so the
   * default 120,000 is ~50 MB — about 20,000 turns of history.
   */
  maxEntries?: number
}

export class HistoryIndexCache {
  readonly maxEntries: number
  /** Map order is recency order: the first key is the least recently used. */
  readonly #indexes = new Map<string, HistoryIndex>()
  /** One refresh per file at a time, so two requests never scan the same bytes into one index. */
  readonly #locks = new Map<string, Promise<unknown>>()

  constructor(options: IndexCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 120_000
  }

  /** The up-to-date index of the rollout file at `path`, or undefined when there is no such file (yet). */
  get(path: string): Promise<HistoryIndex | undefined> {
    const previous = this.#locks.get(path) ?? Promise.resolve()
    const run = previous.then(() => this.#refresh(path))
    const settled = run.catch(() => undefined)
    this.#locks.set(path, settled)
    void settled.then(() => { if (this.#locks.get(path) === settled) this.#locks.delete(path) })
    return run
  }

  /** Forgets the index of `path` (e.g. when a read found the file rewritten). */
  invalidate(path: string): void {
    this.#indexes.delete(path)
  }

  /** Entries held over all cached indexes. */
  get totalEntries(): number {
    let total = 0
    for (const index of this.#indexes.values()) total += index.timeline.length
    return total
  }

  /** Paths cached, least recently used first. */
  get paths(): string[] {
    return [...this.#indexes.keys()]
  }

  async #refresh(path: string): Promise<HistoryIndex | undefined> {
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined
      throw error
    })
    const cached = this.#indexes.get(path)
    this.#indexes.delete(path) // re-inserted below as most recent; a failed scan leaves nothing half-built
    if (!info) return undefined
    if (cached && cached.ino === info.ino && cached.size === info.size && cached.mtimeMs === info.mtimeMs) {
      historyStats.cacheHits++
      this.#indexes.set(path, cached)
      return cached
    }
    const grown = cached && cached.ino === info.ino && info.size >= cached.scannedBytes && await unchanged(cached)
    const index = grown ? cached : createIndex(path)
    if (grown) historyStats.extensions++
    else historyStats.fullScans++
    await scanIndex(index, info.size)
    Object.assign(index, { ino: info.ino, size: info.size, mtimeMs: info.mtimeMs })
    this.#indexes.set(path, index)
    this.#evict(path)
    return index
  }

  #evict(keep: string): void {
    let total = this.totalEntries
    for (const [path, index] of this.#indexes) {
      if (total <= this.maxEntries) return
      if (path === keep) continue
      this.#indexes.delete(path)
      total -= index.timeline.length
    }
  }
}

/** True when the bytes an index saw last are still where they were: the file was appended to, not rewritten. */
async function unchanged(index: HistoryIndex): Promise<boolean> {
  const { at, bytes } = index.fingerprint
  if (!bytes.length) return true
  const [now] = await readRanges(index.path, [{ offset: at, length: bytes.length }])
  return now.equals(bytes)
}

/** The cache the readers use unless given another. */
export const defaultHistoryCache = new HistoryIndexCache()
