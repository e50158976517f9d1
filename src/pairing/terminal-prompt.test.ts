import { PassThrough } from 'node:stream'
import t, { type Test } from 'tap'
import type { PairingService } from './pairing-service.ts'
import { nextWaiting, startPairing } from './pairing-fixture.ts'
import { promptInTerminal } from './terminal-prompt.ts'

/** A fake terminal: what the prompt printed so far, and a wait for text to appear (fails after 5 s). */
function fakeTerminal(t: Test, service: PairingService) {
  const input = new PassThrough()
  const output = new PassThrough()
  let printed = ''
  output.on('data', chunk => { printed += chunk })
  const stop = promptInTerminal(service, input, output)
  t.teardown(stop)
  const shows = async (text: string) => {
    for (const deadline = Date.now() + 5_000; !printed.includes(text); await new Promise(r => setTimeout(r, 10))) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${JSON.stringify(text)}; printed ${JSON.stringify(printed)}`)
    }
  }
  return { type: (line: string) => input.write(`${line}\n`), shows, printed: () => printed }
}

async function confirmWith(t: Test, answer: string) {
  const { service } = startPairing(t)
  const terminal = fakeTerminal(t, service)
  const { pairingId, nonce } = await service.request()
  const confirming = service.confirm({ pairingId, nonce, deviceName: 'Anna\'s "iPhone"' }, '100.64.0.7')
  confirming.catch(() => {}) // the caller checks the outcome; this only keeps an early denial from counting as unhandled
  await terminal.shows('Pair device "Anna\'s \\"iPhone\\"" from 100.64.0.7? [y/N] ')
  terminal.type(answer)
  return { confirming, terminal }
}

t.test('the terminal prompt approves on y', async t => {
  const { confirming, terminal } = await confirmWith(t, 'y')
  t.ok((await confirming).token)
  await terminal.shows('approved')
})

t.test('the terminal prompt approves on YES', async t => {
  const { confirming } = await confirmWith(t, ' YES ')
  t.ok((await confirming).token)
})

for (const answer of ['', 'n', 'no', 'yy', 'y please', 'sure']) {
  t.test(`the terminal prompt denies on ${JSON.stringify(answer)}`, async t => {
    const { confirming, terminal } = await confirmWith(t, answer)
    await t.rejects(confirming, { code: 'PAIRING_DENIED' })
    await terminal.shows('denied')
  })
}

t.test('a line typed before any prompt does not answer it', async t => {
  const { service } = startPairing(t)
  const terminal = fakeTerminal(t, service)
  terminal.type('y')
  const { pairingId, nonce } = await service.request()
  const confirming = service.confirm({ pairingId, nonce, deviceName: 'iPhone' }, '100.64.0.7')
  await terminal.shows('[y/N]')
  terminal.type('n')
  await t.rejects(confirming, { code: 'PAIRING_DENIED' })
})

t.test('devices waiting at once are asked about one after the other', async t => {
  const { service } = startPairing(t)
  const terminal = fakeTerminal(t, service)
  const a = await service.request()
  const b = await service.request()
  const waitingA = nextWaiting(service)
  const first = t.rejects(service.confirm({ pairingId: a.pairingId, nonce: a.nonce, deviceName: 'first' }, '100.64.0.7'), { code: 'PAIRING_DENIED' })
  await waitingA
  const waitingB = nextWaiting(service)
  const second = service.confirm({ pairingId: b.pairingId, nonce: b.nonce, deviceName: 'second' }, '100.64.0.8')
  await waitingB
  await terminal.shows('"first"')
  t.notMatch(terminal.printed(), '"second"', 'one question at a time')
  terminal.type('n')
  await terminal.shows('Pair device "second"')
  terminal.type('y')
  await first
  t.ok((await second).token)
})

t.test('a prompt answered elsewhere says so and stops waiting for the terminal', async t => {
  const { service } = startPairing(t)
  const terminal = fakeTerminal(t, service)
  const { pairingId, nonce } = await service.request()
  const confirming = service.confirm({ pairingId, nonce, deviceName: 'iPhone' }, '100.64.0.7')
  await terminal.shows('[y/N]')
  service.approve(pairingId)
  t.ok((await confirming).token)
  await terminal.shows('(approved elsewhere)')
})
