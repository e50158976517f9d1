/**
 * Reads the text of indexed messages: only their own records' bytes, never the file.
 */
import type { IndexedMessage } from './entries.ts'
import { parseLine, readRanges } from './rollout-reader.ts'
import { messageText } from './record-handlers.ts'
import { defaultHistoryCache } from './index-cache.ts'
import type { HistoryIndexCache } from './index-cache.ts'
import type { HistoryIndex } from './history-index.ts'
import { GatewayError } from '../errors.ts'

/**
 * The texts of `messages`, in order; undefined when a record is no longer what the
 * index says sits there (the file was replaced under us).
 */
export async function loadTexts(path: string, messages: IndexedMessage[]): Promise<string[] | undefined> {
  let buffers: Buffer[]
  try {
    buffers = await readRanges(path, messages)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  const texts: string[] = []
  for (const [i, m] of messages.entries()) {
    const record = parseLine(buffers[i])
    if (record?.type !== 'event_msg' || (record.payload?.item?.id || `r${m.offset}`) !== m.id) return undefined
    texts.push(messageText(record))
  }
  return texts
}

/**
 * Runs `read` against the current index of `path` (undefined: no file yet); when it
 * reports a stale index (returns undefined), rebuilds the index and tries once more.
 */
export async function withIndex<T>(path: string, cache: HistoryIndexCache = defaultHistoryCache,
  read: (index: HistoryIndex | undefined) => Promise<T | undefined>): Promise<T> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const result = await read(await cache.get(path))
    if (result !== undefined) return result
    cache.invalidate(path)
  }
  throw new GatewayError('INTERNAL', `rollout file changed while being read: ${path}`)
}
