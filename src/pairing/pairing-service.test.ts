import { stat, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import t from 'tap'
import { writeJsonAtomic } from '../core/json-file.ts'
import { nextWaiting, startPairing } from './pairing-fixture.ts'
import { listPendingPairings } from './pending-file.ts'

const PHONE = '100.64.0.7'

t.test('a phone that scans the code and is approved at the computer gets a token that verifies', async t => {
  const { service, devices } = startPairing(t)
  const pairing = await service.request()
  const waiting = nextWaiting(service)
  const confirming = service.confirm({ pairingId: pairing.pairingId, nonce: pairing.nonce, deviceName: 'iPhone' }, PHONE)
  const asked = await waiting
  t.match(asked, { pairingId: pairing.pairingId, deviceName: 'iPhone', address: PHONE })
  t.equal(service.approve(pairing.pairingId, asked.confirmId), true)
  const confirmed = await confirming
  t.equal(confirmed.scheme, 'https')
  const device = await devices.verify(confirmed.token)
  t.equal(device?.id, confirmed.deviceId)
  t.equal(device?.name, 'iPhone')
})

t.test('a request returns a single-use code that expires after the TTL', async t => {
  const { service } = startPairing(t, { now: () => Date.parse('2026-04-02T10:00:00Z') })
  const pairing = await service.request()
  t.equal(pairing.expiresAt, '2026-04-02T10:05:00.000Z')
  t.match(pairing.nonce, /^[A-Za-z0-9_-]{43}$/, '32 random bytes, base64url')
  t.equal(pairing.scheme, 'https')
})

t.test('a denied device gets PAIRING_DENIED and the code is used up', async t => {
  const { service } = startPairing(t)
  const { pairingId, nonce } = await service.request()
  const waiting = nextWaiting(service)
  const confirming = service.confirm({ pairingId, nonce, deviceName: 'iPhone' }, PHONE)
  service.deny((await waiting).pairingId)
  await t.rejects(confirming, { code: 'PAIRING_DENIED', status: 403 })
  await t.rejects(service.confirm({ pairingId, nonce, deviceName: 'iPhone' }, PHONE), { code: 'PAIRING_EXPIRED', status: 410 })
})

t.test('a wrong nonce is refused without using up the pairing', async t => {
  const { service } = startPairing(t)
  const { pairingId, nonce } = await service.request()
  await t.rejects(service.confirm({ pairingId, nonce: 'x'.repeat(43), deviceName: 'evil' }, '100.64.0.66'), { code: 'PAIRING_NONCE_MISMATCH', status: 403 })
  const waiting = nextWaiting(service)
  const confirming = service.confirm({ pairingId, nonce, deviceName: 'iPhone' }, PHONE)
  service.approve((await waiting).pairingId)
  t.ok((await confirming).token)
})

t.test('the sixth attempt after five failures is rate limited even with the right nonce, other addresses are not', async t => {
  let now = Date.parse('2026-04-02T10:00:00Z')
  const { service } = startPairing(t, { now: () => now, ttlMs: 60 * 60_000 })
  const { pairingId, nonce } = await service.request()
  for (let i = 0; i < 5; i++) {
    await t.rejects(service.confirm({ pairingId, nonce: `guess-${i}`, deviceName: 'evil' }, '::ffff:100.64.0.66'), { code: 'PAIRING_NONCE_MISMATCH' })
  }
  now += 60_000
  await t.rejects(service.confirm({ pairingId, nonce, deviceName: 'evil' }, '100.64.0.66'), { code: 'RATE_LIMITED', status: 429, retryAfterSeconds: 540 })
  await t.rejects(service.confirm({ pairingId: 'unknown', nonce, deviceName: 'evil' }, '100.64.0.66'), { code: 'RATE_LIMITED' })

  const waiting = nextWaiting(service)
  const confirming = service.confirm({ pairingId, nonce, deviceName: 'iPhone' }, PHONE)
  service.approve((await waiting).pairingId)
  t.ok((await confirming).token, 'the phone at another address still pairs')

  now += 9 * 60_000
  const second = await service.request()
  await t.rejects(service.confirm({ pairingId: second.pairingId, nonce: 'guess', deviceName: 'evil' }, '100.64.0.66'), { code: 'PAIRING_NONCE_MISMATCH' }, 'the lockout ends with its window')
})

t.test('an unknown pairing id is PAIRING_NOT_FOUND and counts as a failure', async t => {
  const { service } = startPairing(t, { maxFailures: 1 })
  await t.rejects(service.confirm({ pairingId: 'nope', nonce: 'x', deviceName: 'evil' }, PHONE), { code: 'PAIRING_NOT_FOUND', status: 404 })
  await t.rejects(service.confirm({ pairingId: 'nope', nonce: 'x', deviceName: 'evil' }, PHONE), { code: 'RATE_LIMITED' })
})

t.test('a code confirmed after it expired is PAIRING_EXPIRED and leaves the pending list', async t => {
  let now = Date.now()
  const { service, dataDir } = startPairing(t, { now: () => now, ttlMs: 60_000 })
  const { pairingId, nonce } = await service.request()
  t.same((await listPendingPairings(dataDir, () => now)).map(p => p.pairingId), [pairingId])
  now += 60_001
  await t.rejects(service.confirm({ pairingId, nonce, deviceName: 'iPhone' }, PHONE), { code: 'PAIRING_EXPIRED', status: 410 })
  t.same(await listPendingPairings(dataDir, () => now), [])
})

t.test('a code that was used once is PAIRING_EXPIRED the second time', async t => {
  const { service } = startPairing(t)
  const { pairingId, nonce } = await service.request()
  const waiting = nextWaiting(service)
  const confirming = service.confirm({ pairingId, nonce, deviceName: 'iPhone' }, PHONE)
  service.approve((await waiting).pairingId)
  await confirming
  await t.rejects(service.confirm({ pairingId, nonce, deviceName: 'iPhone' }, PHONE), { code: 'PAIRING_EXPIRED', status: 410 })
})

t.test('no decision in time is PAIRING_TIMEOUT and the code can be confirmed again', async t => {
  const { service } = startPairing(t, { confirmTimeoutMs: 100 })
  const { pairingId, nonce } = await service.request()
  await t.rejects(service.confirm({ pairingId, nonce, deviceName: 'iPhone' }, PHONE), { code: 'PAIRING_TIMEOUT', status: 408 })
  const waiting = nextWaiting(service)
  const confirming = service.confirm({ pairingId, nonce, deviceName: 'iPhone' }, PHONE)
  service.approve((await waiting).pairingId)
  t.ok((await confirming).token)
})

t.test('a second device confirming while one waits is PAIRING_IN_PROGRESS', async t => {
  const { service } = startPairing(t)
  const { pairingId, nonce } = await service.request()
  const waiting = nextWaiting(service)
  const first = service.confirm({ pairingId, nonce, deviceName: 'iPhone' }, PHONE)
  await waiting
  await t.rejects(service.confirm({ pairingId, nonce, deviceName: 'other' }, '100.64.0.8'), { code: 'PAIRING_IN_PROGRESS', status: 409 })
  service.deny(pairingId)
  await t.rejects(first, { code: 'PAIRING_DENIED' })
})

t.test('a confirm whose client went away frees the pairing for another try', async t => {
  const { service } = startPairing(t)
  const { pairingId, nonce } = await service.request()
  const gone = new AbortController()
  const waiting = nextWaiting(service)
  const first = service.confirm({ pairingId, nonce, deviceName: 'iPhone' }, PHONE, { signal: gone.signal })
  await waiting
  gone.abort(new Error('client closed the connection'))
  await t.rejects(first, { message: 'client closed the connection' })
  const again = nextWaiting(service)
  const second = service.confirm({ pairingId, nonce, deviceName: 'iPhone' }, PHONE)
  service.approve((await again).pairingId)
  t.ok((await second).token)
})

t.test('an approval meant for an earlier wait does not answer a later one', async t => {
  const { service, dataDir } = startPairing(t, { confirmTimeoutMs: 300 })
  const { pairingId, nonce } = await service.request()
  const first = nextWaiting(service)
  const timedOut = service.confirm({ pairingId, nonce, deviceName: 'iPhone' }, PHONE)
  const earlier = await first
  await t.rejects(timedOut, { code: 'PAIRING_TIMEOUT' })
  const second = nextWaiting(service)
  const later = t.rejects(service.confirm({ pairingId, nonce, deviceName: 'evil' }, '100.64.0.66'), { code: 'PAIRING_TIMEOUT' })
  t.equal(service.approve(pairingId, earlier.confirmId), false, 'the earlier wait is over')
  t.not((await second).confirmId, earlier.confirmId)
  // As if `pairing approve` had read pending.json just before the first wait ended.
  await writeJsonAtomic(join(dataDir, 'pairing', `${pairingId}.decision.json`), { decision: 'approve', confirmId: earlier.confirmId })
  await later
})

t.test('the device name is cleaned of control and bidi characters before anyone sees it', async t => {
  const { service } = startPairing(t)
  const { pairingId, nonce } = await service.request()
  const waiting = nextWaiting(service)
  const confirming = service.confirm({ pairingId, nonce, deviceName: '\u001b[2Ji\u202ePhone\n' }, PHONE)
  t.equal((await waiting).deviceName, '[2JiPhone')
  service.deny(pairingId)
  await t.rejects(confirming)
})

t.test('pending.json is private and never holds a nonce', async t => {
  const { service, dataDir } = startPairing(t)
  const { nonce } = await service.request()
  const path = join(dataDir, 'pairing', 'pending.json')
  t.equal((await stat(path)).mode & 0o777, 0o600)
  t.notMatch(await readFile(path, 'utf8'), nonce)
})

t.test('a flood of requests displaces the oldest unclaimed pairings', async t => {
  const { service } = startPairing(t)
  const oldest = await service.request()
  for (let i = 0; i < 16; i++) await service.request()
  await t.rejects(service.confirm({ pairingId: oldest.pairingId, nonce: oldest.nonce, deviceName: 'iPhone' }, PHONE), { code: 'PAIRING_EXPIRED' })
})
