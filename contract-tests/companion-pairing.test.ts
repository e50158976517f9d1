import { execFile } from 'node:child_process'
import { networkInterfaces } from 'node:os'
import t from 'tap'
import { CLI, startGateway, type Gateway } from './support/gateway.ts'
import { waitFor } from './support/wait.ts'

/** `codex-gateway pairing <verb> <id>` from another shell, as the person at the computer would. */
function pairingCommand(gw: Gateway, verb: 'approve' | 'deny', pairingId: string): Promise<number> {
  return new Promise(resolve => execFile(process.execPath, [CLI, 'pairing', verb, pairingId, '--data-dir', gw.dataDir], error => resolve(error ? 1 : 0)))
}

/** Confirms once a device waits; the decision is made by `verb` from another process. */
async function confirmWith(gw: Gateway, pairing: any, verb: 'approve' | 'deny') {
  const confirm = gw.post('/v1/pairing/confirm', { pairingId: pairing.pairingId, nonce: pairing.nonce, deviceName: 'Test iPhone' }, { token: null })
  await waitFor(async () => await pairingCommand(gw, verb, pairing.pairingId) === 0 || undefined, 10_000, () => `pairing ${verb} never succeeded`)
  return confirm
}

t.test('a phone pairs by QR and the approval of the person at the computer', async t => {
  const gw = await startGateway(t, { waitForCodex: false })
  const requested = await gw.post('/v1/pairing/request', undefined, { token: null })
  t.equal(requested.status, 201)
  const pairing = requested.body.data
  t.equal(pairing.scheme, 'http')
  const uri = new URL(pairing.pairingUri)
  t.equal(uri.protocol, 'codexremote:')
  t.same([uri.searchParams.get('pairingId'), uri.searchParams.get('nonce'), uri.searchParams.get('scheme')], [pairing.pairingId, pairing.nonce, 'http'])
  t.equal(Buffer.from(pairing.qrDataUrl.split(',')[1], 'base64').subarray(1, 4).toString(), 'PNG')
  await waitFor(() => gw.output.stdout.includes('Scan to pair') || undefined, 5000, () => 'no QR in the terminal')

  const wrong = await gw.post('/v1/pairing/confirm', { pairingId: pairing.pairingId, nonce: 'guess', deviceName: 'x' }, { token: null })
  t.equal(wrong.status, 403)
  t.equal(wrong.body.error.code, 'PAIRING_NONCE_MISMATCH')

  const confirmed = await confirmWith(gw, pairing, 'approve')
  t.equal(confirmed.status, 200)
  t.equal(confirmed.body.data.scheme, 'http')
  t.equal((await gw.get('/v1/projects', { token: confirmed.body.data.token })).status, 200, 'the new token works at once')

  const reused = await gw.post('/v1/pairing/confirm', { pairingId: pairing.pairingId, nonce: pairing.nonce, deviceName: 'again' }, { token: null })
  t.equal(reused.status, 410, 'a pairing is single use')
})

t.test('a denied pairing issues no token', async t => {
  const gw = await startGateway(t, { waitForCodex: false })
  const pairing = (await gw.post('/v1/pairing/request', undefined, { token: null })).body.data
  const denied = await confirmWith(gw, pairing, 'deny')
  t.equal(denied.status, 403)
  t.equal(denied.body.error.code, 'PAIRING_DENIED')
  t.equal((await pairingCommand(gw, 'approve', '00000000-0000-4000-8000-000000000000')), 1, 'approving an unknown pairing fails')
})

t.test('nonce guessing is locked out per address', async t => {
  const gw = await startGateway(t, { waitForCodex: false })
  const pairing = (await gw.post('/v1/pairing/request', undefined, { token: null })).body.data
  for (let i = 0; i < 5; i++) await gw.post('/v1/pairing/confirm', { pairingId: pairing.pairingId, nonce: `guess${i}`, deviceName: 'x' }, { token: null })
  const locked = await gw.post('/v1/pairing/confirm', { pairingId: pairing.pairingId, nonce: pairing.nonce, deviceName: 'x' }, { token: null })
  t.equal(locked.status, 429)
  t.ok(Number(locked.headers.get('retry-after')) > 0, 'says when to retry')
})

t.test('pairing cannot be started from another computer', async t => {
  const external = Object.values(networkInterfaces()).flat().find(a => a?.family === 'IPv4' && !a.internal)?.address
  if (!external) {
    t.comment('skipped: this machine has no external IPv4 address to call from')
    return
  }
  const gw = await startGateway(t, { waitForCodex: false, flags: ['--host', '0.0.0.0'] })
  const port = new URL(gw.url).port
  const reply = await fetch(`http://${external}:${port}/v1/pairing/request`, { method: 'POST' })
  t.equal(reply.status, 403)
  t.equal(((await reply.json()) as any).error.code, 'FORBIDDEN')
})
