import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { SyncLog } from './sync-log.ts'

async function dataDir(t: { teardown(fn: () => unknown): void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sync-log-'))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  return dir
}

t.test('changes since a cursor name each changed turn once, in the order of their latest change', async t => {
  const log = new SyncLog(await dataDir(t))
  const start = log.lastSeq('s')
  log.turnChanged('s', 'a')
  const cursor = log.next('s')
  log.turnChanged('s', 'b')
  log.turnChanged('s', 'a')
  log.next('s')
  t.same(log.changedSince('s', cursor), { turnIds: ['b', 'a'] })
  t.same(log.changedSince('s', start), { turnIds: ['b', 'a'] })
  t.same(log.changedSince('s', log.lastSeq('s')), { turnIds: [] }, 'nothing at the head')
})

t.test('seqs go on after a restart; a lost log starts above every earlier seq', async t => {
  const dir = await dataDir(t)
  let now = 1_000
  const first = new SyncLog(dir, { now: () => now })
  first.turnChanged('s', 'a')
  const seen = first.next('s')
  await first.flush()

  now = 2_000
  const again = new SyncLog(dir, { now: () => now })
  t.equal(again.lastSeq('s'), seen, 'the persisted log is picked up')
  t.same(again.changedSince('s', seen), { turnIds: [] })

  await rm(join(dir, 'sync'), { recursive: true })
  const lost = new SyncLog(dir, { now: () => now })
  t.ok(lost.lastSeq('s') > seen, 'a new log starts above the old seqs')
  t.same(lost.changedSince('s', seen), { fallback: 'cursor_from_older_log' })
  t.same(lost.changedSince('s', lost.lastSeq('s') + 1), { fallback: 'cursor_ahead' })
})

t.test('an unreadable log counts as lost, not as an error', async t => {
  const dir = await dataDir(t)
  const log = new SyncLog(dir)
  log.next('s')
  await log.flush()
  await writeFile(join(dir, 'sync', 's.json'), '{ half written')
  t.doesNotThrow(() => new SyncLog(dir).lastSeq('s'))
})

t.test('a cursor older than the retained window answers cursor_evicted', async t => {
  const log = new SyncLog(await dataDir(t))
  const cursor = log.next('s')
  for (let i = 0; i < 2001; i++) log.turnChanged('s', `turn-${i}`)
  t.same(log.changedSince('s', cursor), { fallback: 'cursor_evicted' })
  const recent = log.turnSeq('s', 'turn-2000')! - 1
  t.same(log.changedSince('s', recent), { turnIds: ['turn-2000'] })
})
