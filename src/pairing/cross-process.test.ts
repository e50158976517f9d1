import { execFile } from 'node:child_process'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import { nextWaiting, startPairing } from './pairing-fixture.ts'
import { listPendingPairings } from './pending-file.ts'

const run = promisify(execFile)
const here = (file: string) => new URL(file, import.meta.url).href

/** Runs a module snippet in a separate node process with the given arguments; fails after 15 s. */
const node = (code: string, ...args: string[]) => run(process.execPath, ['--input-type=module', '-e', code, ...args], { timeout: 15_000 })

t.test('a device waiting to pair is approved from another process with the CLI command', async t => {
  const { service, dataDir, devices } = startPairing(t)
  const { pairingId, nonce } = await service.request()
  const waiting = nextWaiting(service)
  const confirming = service.confirm({ pairingId, nonce, deviceName: 'iPhone' }, '100.64.0.7')
  await waiting
  t.same(await listPendingPairings(dataDir), [{ pairingId, expiresAt: (await listPendingPairings(dataDir))[0].expiresAt, deviceName: 'iPhone', address: '100.64.0.7' }])

  const cli = await node(`
    import { runPairingApprove } from ${JSON.stringify(here('pairing-commands.ts'))}
    process.exitCode = await runPairingApprove(process.argv[1], process.argv[2])
  `, dataDir, pairingId)
  t.equal(cli.stdout, `approved pairing ${pairingId}: device "iPhone" from 100.64.0.7\n`)

  const { token, deviceId } = await confirming
  t.equal((await devices.verify(token))?.id, deviceId)
  t.same(await listPendingPairings(dataDir), [], 'the pairing is no longer pending')
  t.same((await readdir(join(dataDir, 'pairing'))).filter(f => f !== 'pending.json'), [], 'the decision file is cleaned up')
})

t.test('a decision file written by another process denies the waiting device', async t => {
  const { service, dataDir } = startPairing(t)
  const { pairingId, nonce } = await service.request()
  const waiting = nextWaiting(service)
  const denied = t.rejects(service.confirm({ pairingId, nonce, deviceName: 'iPhone' }, '100.64.0.7'), { code: 'PAIRING_DENIED' })
  await waiting
  await node(`
    import { writePairingDecision } from ${JSON.stringify(here('decision-file.ts'))}
    await writePairingDecision(process.argv[1], process.argv[2], 'deny')
  `, dataDir, pairingId)
  await denied
})

t.test('the CLI command fails with status 1 when no such pairing is pending', async t => {
  const { dataDir } = startPairing(t)
  const cli = node(`
    import { runPairingDeny } from ${JSON.stringify(here('pairing-commands.ts'))}
    process.exitCode = await runPairingDeny(process.argv[1], process.argv[2])
  `, dataDir, '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b')
  await t.rejects(cli, { code: 1, stderr: /pairing deny: no pending pairing 1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b/ })
})
