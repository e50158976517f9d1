import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import t from 'tap'
import { writeJsonAtomic } from '../core/json-file.ts'
import { watchForDecision } from './decision-watcher.ts'

const ID = '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b'

t.test('the slow poll finds a decision where the directory could not be watched', async t => {
  const dataDir = t.testdir({})
  const stop = new AbortController()
  t.teardown(() => stop.abort())
  // The pairing dir does not exist yet, so fs.watch fails and only the poll can see the file.
  const decided = watchForDecision(dataDir, ID, 'wait-1', { signal: AbortSignal.any([stop.signal, AbortSignal.timeout(5_000)]), pollMs: 20 })
  await mkdir(join(dataDir, 'pairing'))
  await writeJsonAtomic(join(dataDir, 'pairing', `${ID}.decision.json`), { decision: 'deny', confirmId: 'wait-1' })
  t.equal(await decided, 'deny')
})

t.test('stopping the watch rejects with the reason', async t => {
  const dataDir = t.testdir({ pairing: {} })
  const stop = new AbortController()
  const decided = watchForDecision(dataDir, ID, 'wait-1', { signal: stop.signal, pollMs: 1_000 })
  stop.abort(new Error('done'))
  await t.rejects(decided, { message: 'done' })
})
