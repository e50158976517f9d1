import { connect } from 'node:net'
import t, { type Test } from 'tap'
import { say } from '../support/fake-model.ts'
import { startGateway } from '../support/gateway.ts'
import { waitFor, withTimeout } from '../support/wait.ts'
import { rawUpgrade } from './support/raw-ws.ts'
import { rssBytes } from './support/processes.ts'

// A 20,000-delta turn streams to every face while one client of each face never reads. The
// gateway keeps at most a capped backlog per client: the readers that stall are dropped (1013 on
// the WebSockets, a closed socket on the daemon) and the ones that read get every character.

const DELTAS = 20_000
/** 16 MB of text: a stalled reader is sent well over its 8 MiB cap plus what the kernel buffers. */
const TEXT = Array.from({ length: DELTAS }, (_, i) => `${String(i).padStart(6, '0')}${'x'.repeat(794)}`).join('')
/**
 * What the gateway may grow by while the 16 MB answer streams: the answer exists in a few copies
 * (the app-server's final lines, the parsed item, each face's frames), plus each stalled reader's
 * capped backlog. Measured alone at 140-180 MB; 500 MB and more before stdout was split into
 * lines without re-scanning what was buffered.
 */
const MEMORY_BOUND = 320 << 20

/**
 * The stalled readers go on not reading for longer than the gateway's grace (2 s without
 * progress over the cap): a turn can end sooner than that, and the last frames (which repeat
 * the whole answer) are what stalls them, so they are judged after the turn too.
 */
const stayStalled = () => new Promise(resolve => setTimeout(resolve, 4000))

/** Samples the gateway's memory until stopped; resolves with the peak. */
function watchMemory(t: Test, pid: number): { stop(): number } {
  let peak = rssBytes(pid)
  const timer = setInterval(() => {
    try { peak = Math.max(peak, rssBytes(pid)) } catch { /* the gateway is gone: the test says why */ }
  }, 100)
  t.teardown(() => clearInterval(timer))
  return { stop: () => { clearInterval(timer); return peak } }
}

t.test('stalled readers on the stream and the bridge are dropped, fast ones get the whole text', async t => {
  const gw = await startGateway(t, { model: [say(TEXT, { chunks: DELTAS })] })
  const chatId = await gw.createChat()
  const stream = await gw.stream(chatId)
  const bridge = await gw.bridge()
  const slowStream = await rawUpgrade(gw.url, `/v1/stream?chatId=${chatId}`, { authorization: `Bearer ${gw.token}` })
  const slowBridge = await rawUpgrade(gw.url, `/?token=${gw.token}`)
  slowStream.socket.pause()
  slowBridge.socket.pause()

  const baseline = rssBytes(gw.process.pid!)
  const memory = watchMemory(t, gw.process.pid!)
  await gw.post(`/v1/chats/${chatId}/messages`, { text: 'a long answer please' })
  await stream.next('turn_completed', 240_000)
  await bridge.next(f => f.type === 'event' && f.event === 'turn/completed', 60_000)
  await stayStalled()
  const peak = memory.stop()
  t.ok(peak - baseline < MEMORY_BOUND, `the gateway grew by ${Math.round((peak - baseline) / 1048576)} MB at most`)

  t.equal(stream.frames.filter(f => f.type === 'message_delta').map(f => f.data.delta).join(''), TEXT, 'the fast stream got every character')
  t.equal(bridge.frames.filter(f => f.type === 'event' && f.event === 'item/agentMessage/delta').map(f => f.payload.delta).join(''), TEXT, 'the fast bridge client too')

  for (const [name, slow] of [['stream', slowStream], ['bridge', slowBridge]] as const) {
    slow.socket.resume()
    t.equal(await slow.waitClose(30_000), 1013, `the stalled ${name} reader was told it fell too far behind`)
  }
})

t.test('a stalled daemon reader is dropped, a fast one gets the whole text', async t => {
  const gw = await startGateway(t, { model: [say(TEXT, { chunks: DELTAS })] })
  const daemon = await gw.daemon()
  const workspace = await daemon.call('add_workspace', { path: gw.repo })
  const threadId = (await daemon.call('start_thread', { workspaceId: workspace.id })).result.thread.id
  const slow = connect({ host: '127.0.0.1', port: gw.daemonPort })
  slow.on('error', () => {})
  const slowClosed = new Promise<void>(resolve => slow.once('close', () => resolve()))
  await withTimeout(new Promise(resolve => slow.once('connect', resolve)), 5000, 'no connection')
  slow.write(`${JSON.stringify({ id: 1, method: 'auth', params: { token: gw.token } })}\n`)
  slow.pause()

  const baseline = rssBytes(gw.process.pid!)
  const memory = watchMemory(t, gw.process.pid!)
  await daemon.call('send_user_message', { workspaceId: workspace.id, threadId, text: 'a long answer please' })
  await daemon.nextEvent(m => m.method === 'turn/completed' && m.params.threadId === threadId, 240_000)
  await stayStalled()
  const peak = memory.stop()
  t.ok(peak - baseline < MEMORY_BOUND, `the gateway grew by ${Math.round((peak - baseline) / 1048576)} MB at most`)
  const deltas = daemon.notifications.filter(f => f.params.message.method === 'item/agentMessage/delta').map(f => f.params.message.params.delta)
  t.equal(deltas.join(''), TEXT, 'the fast daemon client got every character')
  slow.resume()
  await withTimeout(slowClosed, 10_000, 'the stalled daemon reader was not dropped')
  t.pass('the stalled daemon reader was dropped')
  await waitFor(() => gw.process.exitCode === null || undefined, 1000, () => 'the gateway died')
})
