import t from 'tap'
import { refusal } from '../support/daemon-client.ts'
import { execEscalated, say } from '../support/fake-model.ts'
import { startGateway } from '../support/gateway.ts'
import { waitFor, withTimeout } from '../support/wait.ts'
import { appServers, cwdOf } from './support/processes.ts'

// kill -9 of the app-servers in the middle of a turn that waits for an approval, three times
// over: every client of every face hears of it within a second, nothing says "running", no
// approval is left to answer, and the same chats go on once Codex is back. Then a crash loop:
// /healthz says degraded instead of lying.

const ROUNDS = 3
const HEARD_WITHIN_MS = 1000

t.test('kill -9 mid-turn, again and again: every face hears it, state is cleared, chats go on', async t => {
  const gw = await startGateway(t, { model: [say('first answer'), say('first daemon answer')] })
  const chatId = await gw.createChat()
  const stream = await gw.stream(chatId)
  const bridge = await gw.bridge()
  const daemon = await gw.daemon()
  await gw.post(`/v1/chats/${chatId}/messages`, { text: 'hello' })
  await stream.next('turn_completed') // a thread is persisted with its first turn

  const workspace = await daemon.call('add_workspace', { path: gw.repo })
  const threadId = (await daemon.call('start_thread', { workspaceId: workspace.id })).result.thread.id
  await daemon.call('send_user_message', { workspaceId: workspace.id, threadId, text: 'hello' })
  await daemon.nextEvent(m => m.method === 'turn/completed' && m.params.threadId === threadId)

  for (let round = 1; round <= ROUNDS; round++) {
    t.comment(`round ${round}`)
    // A turn on each side that stops at an approval: mid-turn, with something pending.
    gw.model.push(execEscalated(`touch companion-${round}`), execEscalated(`touch daemon-${round}`), say(`after ${round}`), say(`daemon after ${round}`))
    await gw.post(`/v1/chats/${chatId}/messages`, { text: `round ${round}` })
    const asked = await stream.next('approval_required')
    await bridge.next(f => f.type === 'event' && f.event === 'item/commandExecution/requestApproval' && f.session_id === chatId)
    await daemon.call('send_user_message', { workspaceId: workspace.id, threadId, text: `round ${round}` })
    const daemonAsk = await daemon.nextEvent(m => m.id !== undefined && m.method === 'item/commandExecution/requestApproval')

    const servers = appServers(gw.process.pid!)
    t.equal(servers.length, 2, 'the main app-server and the workspace one run')
    const workspaceServer = servers.find(pid => cwdOf(pid) === gw.repo)!
    for (const pid of servers) process.kill(pid, 'SIGKILL')

    const [streamError, bridgeError, daemonNote] = await withTimeout(Promise.all([
      stream.next('error', HEARD_WITHIN_MS),
      bridge.next(f => f.type === 'event' && f.event === 'error' && f.session_id === chatId, HEARD_WITHIN_MS),
      daemon.nextEvent(m => m.method === 'codex/disconnected', HEARD_WITHIN_MS, 'codex/disconnected'),
    ]), HEARD_WITHIN_MS + 200, 'not every face heard of the crash within a second')
    t.equal(streamError.data.code, 'CODEX_UNAVAILABLE', 'the companion stream got an error frame')
    t.equal(bridgeError.payload.code, 'CODEX_UNAVAILABLE', 'the bridge got an error event')
    t.equal(daemonNote.params.workspace_id, workspace.id, 'the daemon got codex/disconnected for the workspace')

    t.same((await stream.next('approval_cleared', HEARD_WITHIN_MS)).data.ids, [asked.data.id], 'the companion approval is cleared')
    await bridge.next(f => f.type === 'event' && f.event === 'serverRequest/resolved' && f.payload.request_id === asked.data.id, HEARD_WITHIN_MS)
    t.equal((await gw.get(`/v1/chats/${chatId}/pending-approval`)).body.data, null, 'nothing pending for the companion')
    t.equal((await gw.post(`/v1/approvals/${asked.data.id}`, { decision: 'approve' })).body.error.code, 'APPROVAL_ALREADY_ANSWERED', 'the old approval cannot be answered')
    t.equal((await refusal(daemon.call('respond_to_server_request', { workspaceId: workspace.id, requestId: daemonAsk.params.message.id, result: { decision: 'accept' } }))).code,
      'SERVER_REQUEST_NOT_FOUND', 'nor the daemon one')
    t.equal((await gw.get(`/v1/chats/${chatId}/run-state`)).body.data.isRunning, false, 'run-state no longer says running')

    // Back up: the same chat and the same daemon thread take new messages.
    await daemon.nextEvent(m => m.method === 'codex/connected', 15_000, 'codex/connected')
    t.not(appServers(gw.process.pid!).find(pid => cwdOf(pid) === gw.repo), workspaceServer, 'a new workspace app-server runs')
    await waitFor(async () => (await gw.get('/healthz')).body.ok || undefined, 15_000, () => 'Codex did not come back')
    const content = await bridge.request('session.content', { session_id: chatId })
    t.same([content.active_turns, content.pending_approvals], [[], []], 'the bridge snapshot has no running turn and nothing pending')
    const sent = await gw.post(`/v1/chats/${chatId}/messages`, { text: `after ${round}` })
    t.equal(sent.status, 202, 'the chat takes a new message')
    t.equal((await stream.next('turn_completed')).data.turnId, sent.body.data.turnId)
    await daemon.call('resume_thread', { workspaceId: workspace.id, threadId })
    await daemon.call('send_user_message', { workspaceId: workspace.id, threadId, text: `after ${round}` })
    await daemon.nextEvent(m => m.method === 'turn/completed' && m.params.threadId === threadId)
  }

  const history = (await gw.get(`/v1/chats/${chatId}/messages?limit=100`)).body.data.messages.map((m: any) => m.text)
  for (let round = 1; round <= ROUNDS; round++) t.ok(history.includes(`after ${round}`), `the answer of round ${round} is in the history`)
  t.ok(history.includes('first answer'), 'and so is the first one')
})

t.test('in a crash loop /healthz reports degraded, and ok again once Codex stays up', async t => {
  const gw = await startGateway(t)
  let degraded: any
  for (let kill = 0; kill < 4; kill++) {
    const pid = await waitFor(() => appServers(gw.process.pid!)[0], 20_000, () => 'no app-server to kill')
    process.kill(pid, 'SIGKILL')
    await waitFor(() => appServers(gw.process.pid!)[0] !== pid || undefined, 5000, () => 'the killed app-server lingers')
    const health = (await gw.get('/healthz', { token: null })).body
    if (!health.ok) degraded = health
  }
  t.ok(degraded, '/healthz said the gateway was degraded during the loop')
  t.not(degraded?.codex, 'ready')
  const refused = await gw.post('/v1/chats', { cwd: gw.repo })
  if (refused.status !== 201) t.equal(refused.body.error.code, 'CODEX_UNAVAILABLE', 'requests fail fast and say why')
  await waitFor(async () => (await gw.get('/healthz', { token: null })).body.ok || undefined, 30_000, () => 'Codex never came back')
  t.pass('healthy again once the killing stopped')
})
