import { PassThrough } from 'node:stream'
import t from 'tap'
import { GatewayError } from '../errors.ts'
import { JsonRpcConnection, type ServerRequest } from './json-rpc.ts'

/** A connection whose peer is played by the test: `fromPeer` feeds it, `toPeer` collects what it sends. */
function connect(timeoutMs = 1000) {
  const fromPeer = new PassThrough()
  const toPeer = new PassThrough()
  const sent: any[] = []
  toPeer.setEncoding('utf8').on('data', (chunk: string) => chunk.split('\n').filter(Boolean).forEach(l => sent.push(JSON.parse(l))))
  const rpc = new JsonRpcConnection(fromPeer, toPeer, { timeoutMs })
  const peer = (message: object | string) => fromPeer.write(typeof message === 'string' ? message : JSON.stringify(message) + '\n')
  return { rpc, peer, sent, fromPeer }
}

const tick = () => new Promise(resolve => setImmediate(resolve))

t.test('responses are matched to their requests by id, in any order, across split lines', async t => {
  const { rpc, peer, sent } = connect()
  const a = rpc.request('a', {})
  const b = rpc.request('b', {})
  await tick()
  t.same(sent.map(m => m.method), ['a', 'b'])
  const line = JSON.stringify({ id: sent[1].id, result: 'B' }) + '\n'
  peer(line.slice(0, 5))
  peer(line.slice(5) + JSON.stringify({ id: sent[0].id, result: 'A' }) + '\n')
  t.same(await Promise.all([a, b]), ['A', 'B'])
})

t.test('an error response rejects with CODEX_ERROR carrying the upstream message', async t => {
  const { rpc, peer, sent } = connect()
  const pending = rpc.request('thread/resume', {})
  await tick()
  peer({ id: sent[0].id, error: { code: -32600, message: 'no rollout found' } })
  await t.rejects(pending, { code: 'CODEX_ERROR', message: 'no rollout found' })
})

t.test('a request with no answer times out with CODEX_UNAVAILABLE', async t => {
  const { rpc } = connect(50)
  await t.rejects(rpc.request('slow', {}), { code: 'CODEX_UNAVAILABLE', message: /did not answer slow/ })
})

t.test('when the peer closes, every pending request fails at once and later ones fail too', async t => {
  const { rpc, fromPeer } = connect()
  const pending = [rpc.request('one', {}), rpc.request('two', {})]
  fromPeer.end()
  fromPeer.destroy()
  for (const p of pending) await t.rejects(p, GatewayError)
  await t.rejects(rpc.request('three', {}), { code: 'CODEX_UNAVAILABLE' })
})

t.test('server requests keep their id type and are answered exactly once', async t => {
  const { rpc, peer, sent } = connect()
  const received: ServerRequest[] = []
  rpc.on('request', r => received.push(r))
  peer({ id: 0, method: 'item/commandExecution/requestApproval', params: { itemId: 'x' } })
  peer({ id: 'abc', method: 'mcpServer/elicitation/request', params: {} })
  await tick()
  t.same(received.map(r => r.id), [0, 'abc'])
  t.ok(rpc.respond(0, { decision: 'accept' }))
  t.notOk(rpc.respond(0, { decision: 'decline' }), 'a second answer is refused')
  t.ok(rpc.respondError('abc', { code: -32000, message: 'declined' }))
  await tick()
  t.same(sent, [{ id: 0, result: { decision: 'accept' } }, { id: 'abc', error: { code: -32000, message: 'declined' } }])
})

t.test('notifications are fanned out and stray non-JSON lines are ignored', async t => {
  const { rpc, peer } = connect()
  const seen: string[] = []
  rpc.on('notification', method => seen.push(method))
  peer('not json at all\n')
  peer({ method: 'turn/started', params: { threadId: 't' } })
  await tick()
  t.same(seen, ['turn/started'])
})

t.test('a 16 MB message in 64 KiB chunks arrives whole, and so do the lines around it', async t => {
  const { rpc, peer } = connect()
  const texts: string[] = []
  rpc.on('notification', (_method, params: any) => texts.push(params.text))
  const big = 'x'.repeat(16 << 20)
  const stream = [{ text: 'before' }, { text: big }, { text: 'after' }].map(params => JSON.stringify({ method: 'n', params }) + '\n').join('')
  for (let at = 0; at < stream.length; at += 65536) peer(stream.slice(at, at + 65536))
  peer('\n') // a chunk that is only a newline ends nothing and breaks nothing
  await tick()
  t.same(texts.map(text => text.length), [6, big.length, 5])
  t.ok(texts[1] === big, 'the long line is intact')
})
