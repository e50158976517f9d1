/**
 * Bridge contract tests driven through the packed @codex-gateway/sdk: BridgeClient for the
 * requests and events, SessionMirror for the copy a client keeps with session.sync.
 */
import t, { type Test } from 'tap'
import type { BridgeClient, BridgeClientOptions } from '../codegen/sdk/bridge-client.ts'
import type { MirrorEntry } from '../codegen/sdk/session-mirror.ts'
import type { SessionMirror } from '../codegen/sdk/session-mirror.ts'
import { execEscalated, say } from './support/fake-model.ts'
import { startGateway, type Gateway } from './support/gateway.ts'
import { importSdk, packSdk } from './support/sdk-package.ts'
import { frameProblem } from './support/spec-validator.ts'

const sdk = await importSdk(await packSdk(t))
const Client = sdk.BridgeClient as typeof BridgeClient
const Mirror = sdk.SessionMirror as typeof SessionMirror

async function connect(t: Test, gw: Gateway, extra: Partial<BridgeClientOptions> = {}): Promise<BridgeClient> {
  const client = await Client.connect({ baseUrl: gw.url, token: gw.token, ...extra })
  client.on('event', frame => {
    const problem = frameProblem('bridge', frame)
    if (problem) t.fail(`bridge frame does not match asyncapi.yaml: ${problem}`)
  })
  t.teardown(() => client.close())
  return client
}

const key = (e: MirrorEntry) => `${e.entry_id}|${e.kind}|${e.status ?? ''}|${String(e.item?.['text'] ?? '')}`

t.test('requests are answered by id, errors reject with the protocol code, and the socket lives on', async t => {
  const gw = await startGateway(t, { waitForCodex: false })
  const bridge = await connect(t, gw, { via: 'header' })
  t.equal(bridge.hello.name, 'codex-gateway')
  const [a, b] = await Promise.all([bridge.request('ping', {}), bridge.request('ping', {})])
  t.same([a.pong, b.pong], [true, true], 'concurrent requests each get their answer')
  await t.rejects(bridge.request('session.content', { session_id: '00000000-0000-7000-8000-000000000000' }), { code: 'session_not_found' })
  await t.rejects(bridge.request('session.start', { cwd: 42 as unknown as string }), { code: 'invalid_payload' })
  t.equal((await bridge.request('ping', {})).pong, true, 'still alive')
})

t.test('a client killed mid-turn reconnects, syncs from its cursor, and ends with exactly the snapshot', async t => {
  const gw = await startGateway(t, { model: [[{ kind: 'pause', ms: 1500 }, { kind: 'say', text: 'slow answer', chunks: 3 }]] })
  const steady = await connect(t, gw)
  const { session_id } = await steady.request('session.start', { cwd: gw.repo })
  let flaky = await connect(t, gw)
  const mirror = await flaky.mirror(session_id)

  await steady.request('turn.send', { session_id, text: 'take your time' })
  await flaky.nextEvent(e => e.event === 'turn/started')
  flaky.close() // killed mid-turn, before any answer text
  flaky = await connect(t, gw)
  mirror.follow(flaky)
  const first = await mirror.sync(flaky)
  t.ok(first === 'incremental' || first === 'full', `mid-turn sync: ${first}`)
  await flaky.nextEvent(e => e.event === 'turn/completed')
  t.equal(await mirror.sync(flaky), 'incremental', 'after the turn an incremental sync is enough')

  const snapshot = await steady.request('session.content', { session_id })
  t.same(mirror.entries().map(key).sort(), snapshot.entries.map(key).sort(), 'the reconnected copy equals session.content')
  t.equal(mirror.entries().filter(e => e.item?.['type'] === 'agentMessage').length, 1, 'the answer appears once')
  t.equal(mirror.cursor, snapshot.last_seq)
})

t.test('an optimistic input shows at once, then once as part of its turn', async t => {
  const gw = await startGateway(t, { model: [say('answered')] })
  const bridge = await connect(t, gw)
  const { session_id } = await bridge.request('session.start', { cwd: gw.repo })
  const mirror = await bridge.mirror(session_id)
  const echoed = bridge.nextEvent(e => e.event === 'session/changed' && e.payload['reason'] === 'input')
  const sent = await bridge.request('turn.send', { session_id, text: 'hello mirror' })
  await echoed
  t.equal(mirror.entries().filter(e => e.item_id === sent.item_id).length, 1, 'the echo is in the copy before any sync')
  await bridge.nextEvent(e => e.event === 'turn/completed')
  await mirror.sync(bridge)
  const mine = mirror.entries().filter(e => e.item_id === sent.item_id)
  t.equal(mine.length, 1, 'one entry for the input')
  t.equal(mine[0].turn_id, sent.turn_id, 'now the stored one, in its turn')
  t.same(mirror.activeTurns, [])
})

t.test('approvals reach the mirror from events and leave it when answered', async t => {
  const gw = await startGateway(t, { model: [execEscalated('touch mirrored.txt'), say('done')] })
  const bridge = await connect(t, gw)
  const { session_id } = await bridge.request('session.start', { cwd: gw.repo })
  const mirror = new Mirror(session_id)
  mirror.follow(bridge)
  await mirror.load(bridge)
  await bridge.request('turn.send', { session_id, text: 'go' })
  const ask = await bridge.nextEvent(e => e.event === 'item/commandExecution/requestApproval')
  t.same(mirror.pendingApprovals.map(p => p.request_id), [ask.payload['request_id']])
  await bridge.request('approval.response', { session_id, request_id: String(ask.payload['request_id']), decision: 'accept' })
  await bridge.nextEvent(e => e.event === 'serverRequest/resolved')
  t.same(mirror.pendingApprovals, [])
  await bridge.nextEvent(e => e.event === 'turn/completed')
  await mirror.sync(bridge)
  t.same(mirror.pendingApprovals, [], 'and the gateway agrees')
})
