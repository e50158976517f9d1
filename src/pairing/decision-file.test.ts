import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import t from 'tap'
import { writeJsonAtomic } from '../core/json-file.ts'
import { writePairingDecision } from './decision-file.ts'
import { runPairingApprove, runPairingList, type CommandOutput } from './pairing-commands.ts'
import { nextWaiting, startPairing } from './pairing-fixture.ts'
import { listPendingPairings, writePendingFile } from './pending-file.ts'

const ID = '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b'
const inAMinute = () => new Date(Date.now() + 60_000).toISOString()

function capture(): CommandOutput & { lines: { out: string[], err: string[] } } {
  const lines = { out: [] as string[], err: [] as string[] }
  return { lines, out: line => lines.out.push(line), err: line => lines.err.push(line) }
}

t.test('a pairing id that is not a plain UUID is refused before any file is touched', async t => {
  const dataDir = t.testdir({ pairing: {} })
  await writePendingFile(dataDir, [{ pairingId: ID, expiresAt: inAMinute(), waiting: { confirmId: 'c', deviceName: 'd', address: 'a' } }])
  for (const id of ['../x', `../${ID}`, `${ID}/../../tokens`, ID.toUpperCase(), `${ID}\0`, '', '.', 'pending']) {
    await t.rejects(writePairingDecision(dataDir, id, 'approve'), { code: 'PAIRING_NOT_FOUND', message: /not a pairing id/ }, JSON.stringify(id))
  }
  t.same(await readdir(dataDir), ['pairing'])
  t.same(await readdir(join(dataDir, 'pairing')), ['pending.json'])
})

t.test('a decision for an unknown or expired pairing is PAIRING_NOT_FOUND', async t => {
  const dataDir = t.testdir({})
  await t.rejects(writePairingDecision(dataDir, ID, 'approve'), { code: 'PAIRING_NOT_FOUND', message: /no pending pairing/ })
  await writePendingFile(dataDir, [{ pairingId: ID, expiresAt: new Date(Date.now() - 1).toISOString() }])
  await t.rejects(writePairingDecision(dataDir, ID, 'approve'), { code: 'PAIRING_NOT_FOUND' })
})

t.test('a decision before any device waits is PAIRING_NOT_WAITING', async t => {
  const dataDir = t.testdir({})
  await writePendingFile(dataDir, [{ pairingId: ID, expiresAt: inAMinute() }])
  await t.rejects(writePairingDecision(dataDir, ID, 'approve'), { code: 'PAIRING_NOT_WAITING', status: 409 })
})

t.test('a decision file is private and names the wait it answers', async t => {
  const dataDir = t.testdir({})
  await writePendingFile(dataDir, [{ pairingId: ID, expiresAt: inAMinute(), waiting: { confirmId: 'wait-1', deviceName: 'iPhone', address: '100.64.0.7' } }])
  t.same(await writePairingDecision(dataDir, ID, 'approve'), { confirmId: 'wait-1', deviceName: 'iPhone', address: '100.64.0.7' })
  t.equal((await stat(join(dataDir, 'pairing', `${ID}.decision.json`))).mode & 0o777, 0o600)
})

t.test('pairing list shows live pairings with the device waiting on each', async t => {
  const dataDir = t.testdir({})
  const expiresAt = inAMinute()
  await writePendingFile(dataDir, [
    { pairingId: ID, expiresAt, waiting: { confirmId: 'secret-ish', deviceName: 'iPhone', address: '100.64.0.7' } },
    { pairingId: '2b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b', expiresAt },
    { pairingId: '3b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b', expiresAt: new Date(Date.now() - 1).toISOString() },
  ])
  t.same(await listPendingPairings(dataDir), [
    { pairingId: ID, expiresAt, deviceName: 'iPhone', address: '100.64.0.7' },
    { pairingId: '2b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b', expiresAt },
  ])
  const io = capture()
  t.equal(await runPairingList(dataDir, io), 0)
  t.equal(JSON.parse(io.lines.out.join('\n')).pairings.length, 2)
})

t.test('pairing approve fails with status 1 when no gateway picks up the decision', async t => {
  const dataDir = t.testdir({})
  await writePendingFile(dataDir, [{ pairingId: ID, expiresAt: inAMinute(), waiting: { confirmId: 'c', deviceName: 'iPhone', address: 'a' } }])
  const io = capture()
  t.equal(await runPairingApprove(dataDir, ID, io), 1)
  t.match(io.lines.err, [/did not pick up the decision .* \(is it running\?\)/])
  t.same(await readdir(join(dataDir, 'pairing')), ['pending.json'], 'the unread decision is removed')
})

t.test('pairing approve in the same process as the gateway approves and prints the device', async t => {
  const { service, dataDir } = startPairing(t)
  const { pairingId, nonce } = await service.request()
  const waiting = nextWaiting(service)
  const confirming = service.confirm({ pairingId, nonce, deviceName: 'Pixel' }, '100.64.0.9')
  await waiting
  const io = capture()
  t.equal(await runPairingApprove(dataDir, pairingId, io), 0)
  t.same(io.lines.out, [`approved pairing ${pairingId}: device "Pixel" from 100.64.0.9`])
  t.ok((await confirming).token)
})

t.test('a stale decision file from an earlier run is ignored by a fresh gateway', async t => {
  const { service, dataDir } = startPairing(t, { confirmTimeoutMs: 200 })
  const { pairingId, nonce } = await service.request()
  await writeJsonAtomic(join(dataDir, 'pairing', `${pairingId}.decision.json`), { decision: 'approve', confirmId: 'from-before' })
  await t.rejects(service.confirm({ pairingId, nonce, deviceName: 'iPhone' }, '100.64.0.7'), { code: 'PAIRING_TIMEOUT' })
})
