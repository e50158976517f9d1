import t from 'tap'
import { startGateway, type Gateway } from '../support/gateway.ts'
import { withTimeout } from '../support/wait.ts'
import { closeFrame, frame, rawUpgrade } from './support/raw-ws.ts'

// Raw bytes after a real upgrade: what no WebSocket library sends, and what crashed other gateways.
// Each offender must be closed with the code RFC 6455 names for its fault, the gateway must live
// on, and a well-behaved bridge client on the same gateway must not notice.

const TEXT = 0x1
const CONTINUATION = 0x0
const PING = 0x9

interface HostileCase {
  name: string
  bytes: (maxPayload: number) => Buffer[]
  code: number
}

const CASES: HostileCase[] = [
  { name: 'an unmasked frame of seven bytes', bytes: () => [frame(TEXT, 'hello', { mask: false })], code: 1002 },
  { name: 'a reserved opcode', bytes: () => [frame(0x3, 'x')], code: 1002 },
  { name: 'reserved bits without an extension', bytes: () => [frame(TEXT, '{}', { rsv: 0b100 })], code: 1002 },
  { name: 'text that is not UTF-8', bytes: () => [frame(TEXT, Buffer.from([0x7b, 0xff, 0xfe, 0x7d]))], code: 1007 },
  { name: 'a continuation with nothing to continue', bytes: () => [frame(CONTINUATION, 'tail')], code: 1002 },
  { name: 'a fragmented ping', bytes: () => [frame(PING, 'p', { fin: false })], code: 1002 },
  { name: 'a new message inside a fragmented one', bytes: () => [frame(TEXT, '{"id":', { fin: false }), frame(TEXT, '"x"}')], code: 1002 },
  { name: 'a frame over the size cap', bytes: max => [frame(TEXT, Buffer.alloc(16), { declaredLength: max + 1 })], code: 1009 },
  { name: 'a fragmented message that grows over the size cap', bytes: max => [frame(TEXT, Buffer.alloc(max - 10, 0x20), { fin: false }), frame(CONTINUATION, Buffer.alloc(20, 0x20))], code: 1009 },
  { name: 'a close frame with a forbidden code', bytes: () => [closeFrame(1005)], code: 1002 },
]

const FACES = [
  { face: 'bridge', maxPayload: 1 << 20, path: (gw: Gateway) => `/?token=${gw.token}`, headers: () => ({}) },
  { face: 'companion stream', maxPayload: 64 << 10, path: (_gw: Gateway, chatId: string) => `/v1/stream?chatId=${chatId}`, headers: (gw: Gateway) => ({ authorization: `Bearer ${gw.token}` }) },
]

let gw: Gateway
let chatId: string
t.before(async () => {
  gw = await startGateway(t)
  chatId = await gw.createChat()
})

for (const face of FACES) {
  t.test(`the ${face.face} closes offenders with the right code and serves everyone else`, async t => {
    const bystander = await gw.bridge()
    for (const hostile of CASES) {
      const raw = await rawUpgrade(gw.url, face.path(gw, chatId), face.headers(gw))
      for (const bytes of hostile.bytes(face.maxPayload)) raw.socket.write(bytes)
      t.equal(await raw.waitClose(), hostile.code, `${hostile.name} is closed with ${hostile.code}`)
      await raw.ended
      t.equal(gw.process.exitCode, null, `the gateway survives ${hostile.name}`)
      t.match(await bystander.request('ping'), { pong: true }, `a bystander is served after ${hostile.name}`)
    }
  })
}

t.test('a flood of pings is cut off without taking the gateway down or starving other clients', async t => {
  // ws answers each ping with a pong and cuts a peer with 60 pongs unsent (maxPendingAutoPongs):
  // a peer that floods is not reading, so a close frame would never reach it — the TCP
  // connection is dropped instead.
  const bystander = await gw.bridge()
  const raw = await rawUpgrade(gw.url, `/?token=${gw.token}`)
  raw.socket.pause() // never reads its pongs
  const burst = Buffer.concat(Array.from({ length: 1000 }, () => frame(PING, Buffer.alloc(125, 0x70))))
  for (let i = 0; i < 100 && !raw.socket.destroyed; i++) {
    raw.socket.write(burst)
    if (i % 10 === 0) t.match(await bystander.request('ping'), { pong: true })
  }
  await withTimeout(raw.ended, 10_000, 'the flooder was not cut off')
  t.pass('the flooder is cut off')
  t.equal(gw.process.exitCode, null, 'the gateway survives')
  t.match(await bystander.request('ping'), { pong: true }, 'the bystander is still served')
})
