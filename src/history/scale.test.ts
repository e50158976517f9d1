/**
 * A 50 MB synthetic rollout (fixtures.ts): pages must cost the bytes they show,
 * not the file. Asserts on bytes read and entry counts, never on timing.
 */
import t from 'tap'
import { join } from 'node:path'
import { writeSyntheticRollout } from './fixtures.ts'
import { HistoryIndexCache } from './index-cache.ts'
import { readMessages } from './messages.ts'
import { readTimeline } from './timeline.ts'
import type { TimelineEntry } from './entries.ts'
import { historyStats, resetHistoryStats } from './stats.ts'

const path = join(t.testdir(), 'big.jsonl')
const summary = await writeSyntheticRollout(path, { targetBytes: 50_000_000 })
const cache = new HistoryIndexCache()

t.test('the first page scans the file once; later pages read only their own records', async t => {
  resetHistoryStats()
  const first = await readMessages(path, { cache })
  t.match(historyStats, { fullScans: 1 })
  t.ok(historyStats.bytesRead <= summary.bytes + 100_000, 'the index pass reads the file once')
  resetHistoryStats()
  const second = await readMessages(path, { cache, cursor: first.nextCursor })
  t.equal(second.messages.length, 50)
  t.match(historyStats, { fullScans: 0, extensions: 0, recordsParsed: 0 })
  t.ok(historyStats.bytesRead < summary.bytes / 500, `a page read ${historyStats.bytesRead} of ${summary.bytes} bytes`)
  resetHistoryStats()
  await readTimeline(path, { cache, limit: 200 })
  t.ok(historyStats.bytesRead < summary.bytes / 200, `a 200-entry timeline page read ${historyStats.bytesRead} bytes`)
})

t.test('the index holds one small entry per visible item, not the file', async t => {
  const expected = summary.userMessages + summary.assistantMessages + summary.explored + summary.commands +
    summary.fileEdits + summary.compactions + summary.backgroundCommands
  t.equal(cache.totalEntries, expected)
  t.ok(cache.totalEntries < summary.bytes / 5000, `${cache.totalEntries} entries for ${summary.bytes} bytes`)
})

t.test('walking every message page returns each message once, reading a fraction of the file', async t => {
  resetHistoryStats()
  const ids = new Set<string>()
  let count = 0
  let cursor: string | null | undefined
  do {
    const page = await readMessages(path, { cache, cursor, limit: 200 })
    page.messages.forEach(m => ids.add(m.id))
    count += page.messages.length
    cursor = page.nextCursor
  } while (cursor)
  t.equal(count, summary.userMessages + summary.assistantMessages)
  t.equal(ids.size, count)
  t.ok(historyStats.bytesRead < summary.bytes / 20, `all pages read ${historyStats.bytesRead} bytes`)
})

t.test('the timeline has the cards the generator wrote', async t => {
  const kinds = new Map<string, number>()
  let cursor: string | null | undefined
  do {
    const page = await readTimeline(path, { cache, cursor, limit: 200 })
    page.entries.forEach((e: TimelineEntry) => kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1))
    cursor = page.nextCursor
  } while (cursor)
  t.same(Object.fromEntries(kinds), {
    message: summary.userMessages + summary.finalAnswers,
    commentary: summary.commentary,
    explored: summary.explored,
    command_finished: summary.commands,
    file_edited: summary.fileEdits,
    context_compacted: summary.compactions,
    background_terminal_finished: summary.backgroundCommands,
  })
})
