import t from 'tap'
import { appendFile, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeSyntheticRollout } from './fixtures.ts'
import { HistoryIndexCache } from './index-cache.ts'
import { readMessages } from './messages.ts'
import { readTimeline } from './timeline.ts'
import { historyStats, resetHistoryStats } from './stats.ts'

/** A synthetic rollout of `turns` turns and its bytes; same options give byte-identical prefixes. */
async function rollout(dir: string, name: string, turns: number) {
  const path = join(dir, name)
  const summary = await writeSyntheticRollout(path, { turns, outputBytes: 2000, compactEvery: 3, backgroundEvery: 2 })
  return { path, summary, bytes: await readFile(path) }
}

t.test('an unchanged file is answered from the cached index without scanning it again', async t => {
  const { path } = await rollout(t.testdir(), 'a.jsonl', 6)
  const cache = new HistoryIndexCache()
  const first = await readMessages(path, { cache })
  t.equal(historyStats.fullScans > 0, true)
  resetHistoryStats()
  const again = await readMessages(path, { cache })
  await readTimeline(path, { cache })
  t.same(again, first)
  t.match(historyStats, { fullScans: 0, extensions: 0, cacheHits: 2, recordsParsed: 0 })
  t.ok(historyStats.bytesRead < 20_000, `only message texts were read (${historyStats.bytesRead} bytes)`)
})

t.test('a grown file is extended by scanning only the appended bytes, matching a fresh scan', async t => {
  const dir = t.testdir()
  const small = await rollout(dir, 'small.jsonl', 4)
  const big = await rollout(dir, 'big.jsonl', 7)
  t.same(big.bytes.subarray(0, small.bytes.length), small.bytes, 'the generator is deterministic')
  const cache = new HistoryIndexCache()
  await readTimeline(small.path, { cache, limit: 1 })
  await appendFile(small.path, big.bytes.subarray(small.bytes.length))
  resetHistoryStats()
  const grown = await readTimeline(small.path, { cache, limit: 200 })
  const appended = big.bytes.length - small.bytes.length
  t.match(historyStats, { fullScans: 0, extensions: 1 })
  t.ok(historyStats.bytesRead < appended + 20_000, `read ${historyStats.bytesRead} bytes for ${appended} appended`)
  t.same(grown, await readTimeline(big.path, { cache: new HistoryIndexCache(), limit: 200 }))
})

t.test('a half-written last record is not indexed until its line is complete', async t => {
  const dir = t.testdir()
  const { bytes } = await rollout(dir, 'full.jsonl', 2)
  const lastUser = bytes.lastIndexOf('{"timestamp"', bytes.lastIndexOf('"type":"UserMessage"'))
  const path = join(dir, 'growing.jsonl')
  await writeFile(path, bytes.subarray(0, lastUser + 40))
  const cache = new HistoryIndexCache()
  const before = await readMessages(path, { cache })
  t.same(before.messages.filter(m => m.role === 'user').length, 1, 'the truncated user message is ignored')
  await appendFile(path, bytes.subarray(lastUser + 40))
  const after = await readMessages(path, { cache })
  t.same(after.messages.filter(m => m.role === 'user').length, 2, 'and read once its line is complete')
  t.equal(historyStats.fullScans > 0 && historyStats.extensions > 0, true)
})

t.test('a final answer gets its worked duration once task_complete is appended', async t => {
  const dir = t.testdir()
  const { bytes } = await rollout(dir, 'full.jsonl', 2)
  const lastComplete = bytes.lastIndexOf('{"timestamp"', bytes.lastIndexOf('"type":"task_complete"'))
  const path = join(dir, 'running.jsonl')
  await writeFile(path, bytes.subarray(0, lastComplete))
  const cache = new HistoryIndexCache()
  const running = (await readMessages(path, { cache })).messages.at(-1)!
  t.match(running, { role: 'assistant', phase: 'final_answer' })
  t.notOk('workedDurationSeconds' in running, 'no duration while the turn runs')
  await appendFile(path, bytes.subarray(lastComplete))
  const done = (await readMessages(path, { cache })).messages.at(-1)!
  t.equal(done.id, running.id)
  t.type(done.workedDurationSeconds, 'number')
})

t.test('a file rewritten in place (same inode, larger, different tail) is indexed from scratch', async t => {
  const dir = t.testdir()
  const a = await rollout(dir, 'a.jsonl', 2)
  const cache = new HistoryIndexCache()
  await readMessages(a.path, { cache })
  const other = join(dir, 'other.jsonl')
  await writeSyntheticRollout(other, { turns: 3, cwd: '/work/elsewhere', startMs: Date.parse('2026-02-01T00:00:00Z') })
  await writeFile(a.path, await readFile(other))
  resetHistoryStats()
  const rewritten = await readMessages(a.path, { cache })
  t.match(historyStats, { fullScans: 1, extensions: 0 })
  t.same(rewritten, await readMessages(other, { cache }))
})

t.test('the cache drops least recently used files beyond its entry budget', async t => {
  const dir = t.testdir()
  const files = await Promise.all(['a', 'b', 'c'].map(n => rollout(dir, `${n}.jsonl`, 3)))
  const probe = new HistoryIndexCache()
  await readTimeline(files[0].path, { cache: probe })
  const perFile = probe.totalEntries
  const cache = new HistoryIndexCache({ maxEntries: perFile * 2 })
  for (const f of files) await readTimeline(f.path, { cache })
  t.same(cache.paths, [files[1].path, files[2].path])
  t.ok(cache.totalEntries <= cache.maxEntries)
  resetHistoryStats()
  await readTimeline(files[0].path, { cache })
  t.equal(historyStats.fullScans, 1, 'an evicted file is scanned again')
  t.same(cache.paths, [files[2].path, files[0].path])
})

t.test('concurrent requests for one file share one scan', async t => {
  const { path } = await rollout(t.testdir(), 'a.jsonl', 3)
  const cache = new HistoryIndexCache()
  resetHistoryStats()
  const pages = await Promise.all([readMessages(path, { cache }), readTimeline(path, { cache }), readMessages(path, { cache })])
  t.equal(historyStats.fullScans, 1)
  t.same(pages[0], pages[2])
})

t.test('a missing file reads as an empty history', async t => {
  t.same(await readMessages(join(t.testdir(), 'none.jsonl')), { messages: [], nextCursor: null })
  t.same(await readTimeline(join(t.testdir(), 'none.jsonl')), { entries: [], nextCursor: null })
})
