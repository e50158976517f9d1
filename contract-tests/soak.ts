/**
 * Bounded soak of the gateway: `node contract-tests/soak.ts --minutes 20` (default 20).
 *
 * One gateway (real app-server, scripted fake model, everything on loopback) and ten clients
 * across the three faces for the given time: companion drivers send messages into two chats and
 * answer approvals while companion watchers race them to it; bridge clients answer approvals too,
 * two of them hanging up and syncing back every few seconds; a daemon driver runs turns in a
 * workspace and a daemon watcher races it to the approvals. Every 45 s both app-servers are
 * killed. At the end: no approval left pending or lost, every reconnecting bridge client equal to
 * `session.content`, memory and open descriptors flat. Prints a report; exits 1 on a failure.
 */
import { parseArgs } from 'node:util'
import { execEscalated, say } from './support/fake-model.ts'
import { startGateway, type Gateway } from './support/gateway.ts'
import { waitFor } from './support/wait.ts'
import { appServers, openFiles, rssBytes } from './reliability/support/processes.ts'

const { values } = parseArgs({ options: { minutes: { type: 'string', default: '20' } } })
const minutes = Number(values.minutes)
const KILL_EVERY_MS = 45_000
const failures: string[] = []
const teardowns: (() => unknown)[] = []
const context = {
  teardown: (fn: () => unknown) => { teardowns.push(fn) },
  fail: (message: string) => { failures.push(message); return false },
  passing: () => failures.length === 0,
}
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))
const stats = { turns: 0, approvals: 0, kills: 0, reconnects: 0, daemonTurns: 0, lostThreads: 0 }
let running = true

/** Runs `body` until the deadline, logging (not throwing) what a crash round makes fail. */
async function loop(name: string, body: () => Promise<void>): Promise<void> {
  while (running) {
    try {
      await body()
    } catch (error) {
      if (running) process.stderr.write(`soak: ${name}: ${(error as Error).message.slice(0, 200)}\n`)
      await sleep(500)
    }
  }
}

/** A companion driver: one message at a time into its chat, approving what it is asked. */
async function companionDriver(gw: Gateway, chatId: string, asked: Set<string>, cleared: Set<string>): Promise<void> {
  const stream = await gw.stream(chatId)
  watchApprovals(gw, stream, asked, cleared)
  await loop(`companion ${chatId}`, async () => {
    gw.model.push(execEscalated(`touch soak-${stats.turns}`), say(`done ${stats.turns}`))
    const sent = await gw.post(`/v1/chats/${chatId}/messages`, { text: `turn ${stats.turns}` })
    if (sent.status !== 202) throw new Error(`send: ${sent.status} ${sent.body?.error?.code}`)
    await Promise.race([stream.next('turn_completed', 90_000), stream.next('error', 90_000)])
    stats.turns++
    await waitFor(async () => (await gw.get('/healthz')).body.ok || undefined, 60_000, () => 'Codex did not come back')
  })
}

/** Answers every approval a stream shows (racing the other clients) and notes which were cleared. */
function watchApprovals(gw: Gateway, stream: Awaited<ReturnType<Gateway['stream']>>, asked: Set<string>, cleared: Set<string>): void {
  stream.ws.on('message', async data => {
    const frame = JSON.parse(String(data))
    if (frame.type === 'approval_cleared') for (const id of frame.data.ids) cleared.add(id)
    if (frame.type !== 'approval_required') return
    asked.add(frame.data.id)
    const reply = await gw.post(`/v1/approvals/${frame.data.id}`, { decision: 'approve' }).catch(() => undefined)
    if (reply?.status === 200) stats.approvals++ // else another client won the race
  })
}

/**
 * A bridge client that answers approvals and, if `reconnect`, hangs up and syncs back. Resolves
 * once the run ends, with a function that syncs its mirrors one last time (once all is quiet).
 */
async function bridgeClient(gw: Gateway, chats: string[], reconnect: boolean): Promise<() => Promise<Map<string, Mirror>>> {
  const mirrors = new Map(chats.map(id => [id, new Mirror()]))
  let bridge = await gw.bridge()
  for (const [id, mirror] of mirrors) mirror.load(await bridge.request('session.content', { session_id: id }))
  const answer = (b: typeof bridge) => b.ws.on('message', data => {
    const frame = JSON.parse(String(data))
    if (frame.type === 'event' && frame.event.endsWith('/requestApproval')) {
      b.request('approval.response', { session_id: frame.session_id, request_id: frame.payload.request_id, decision: 'accept' })
        .then(() => { stats.approvals++ }, () => {})
    }
  })
  answer(bridge)
  if (reconnect) {
    await loop('bridge reconnect', async () => {
      await sleep(4000 + Math.random() * 4000)
      bridge.ws.terminate()
      bridge = await gw.bridge()
      answer(bridge)
      stats.reconnects++
      for (const [id, mirror] of mirrors) await mirror.sync(bridge, id)
    })
  }
  return async () => {
    for (const [id, mirror] of mirrors) await mirror.sync(bridge, id)
    return mirrors
  }
}

/** What a bridge client knows of a session: entry ids by turn, as sync and content deliver them. */
class Mirror {
  turns = new Map<string, string[]>()
  lastSeq = 0

  load(content: any): void {
    this.turns = byTurn(content.entries)
    this.lastSeq = content.last_seq
  }

  async sync(bridge: Awaited<ReturnType<Gateway['bridge']>>, sessionId: string): Promise<void> {
    const sync = await bridge.request('session.sync', { session_id: sessionId, since_seq: this.lastSeq })
    if (sync.needs_full_sync) return this.load(await bridge.request('session.content', { session_id: sessionId }))
    const changed = byTurn(sync.entries)
    for (const turnId of sync.changed_turn_ids) this.turns.set(turnId, changed.get(turnId) ?? [])
    this.lastSeq = sync.last_seq
  }
}

function byTurn(entries: any[]): Map<string, string[]> {
  const turns = new Map<string, string[]>()
  for (const entry of entries) if (entry.turn_id) turns.set(entry.turn_id, [...(turns.get(entry.turn_id) ?? []), entry.entry_id].sort())
  return turns
}

/** The daemon side: a driver running turns in a workspace, and a watcher racing it to approvals. */
async function daemonClients(gw: Gateway): Promise<void> {
  const driver = await gw.daemon()
  const watcher = await gw.daemon()
  const workspace = await driver.call('add_workspace', { path: gw.repo })
  const startThread = async () => (await driver.call('start_thread', { workspaceId: workspace.id })).result.thread.id as string
  let threadId = await startThread()
  for (const client of [driver, watcher]) {
    client.socket.on('data', () => {
      for (const note of client.notifications.splice(0)) {
        const message = note.params?.message
        if (message?.id !== undefined && message.method.endsWith('/requestApproval')) {
          client.call('respond_to_server_request', { workspaceId: workspace.id, requestId: message.id, result: { decision: 'accept' } })
            .then(() => { stats.approvals++ }, () => {}) // the loser of the race is told it was answered
        }
      }
    })
  }
  await loop('daemon', async () => {
    gw.model.push(execEscalated(`touch daemon-${stats.daemonTurns}`), say('daemon done'))
    const resumed = await driver.request('resume_thread', { workspaceId: workspace.id, threadId })
    // A kill before Codex wrote anything of the thread loses it (Codex keeps no empty rollout): start another.
    if (/no rollout|not found|empty/i.test(resumed.error?.message ?? '')) {
      threadId = await startThread()
      stats.lostThreads++
    }
    await driver.call('send_user_message', { workspaceId: workspace.id, threadId, text: `daemon ${stats.daemonTurns}` })
    await waitFor(() => driver.frames.some(f => f.params?.message?.method === 'turn/completed' || f.params?.message?.method === 'codex/disconnected') || undefined, 90_000, () => 'no daemon turn end')
    driver.frames.length = 0
    stats.daemonTurns++
  })
}

/** Kills both app-servers every KILL_EVERY_MS. */
async function killer(gw: Gateway): Promise<void> {
  while (running) {
    await sleep(KILL_EVERY_MS)
    if (!running) return
    for (const pid of appServers(gw.process.pid!)) process.kill(pid, 'SIGKILL')
    stats.kills++
  }
}

async function main(): Promise<void> {
  const gw = await startGateway(context)
  const chats = [await gw.createChat(), await gw.createChat()]
  const asked = new Set<string>()
  const cleared = new Set<string>()
  await sleep(1000)
  const before = { rss: rssBytes(gw.process.pid!), files: openFiles(gw.process.pid!) }
  const companions = chats.flatMap(id => [companionDriver(gw, id, asked, cleared), gw.stream(id).then(s => watchApprovals(gw, s, asked, cleared))])
  const bridges = [bridgeClient(gw, chats, true), bridgeClient(gw, chats, true), bridgeClient(gw, chats, false), bridgeClient(gw, chats, false)]
  const daemon = daemonClients(gw)
  const kills = killer(gw)
  await sleep(minutes * 60_000)
  running = false
  const finalSyncs = await Promise.all(bridges)
  await Promise.all([...companions, daemon, kills])
  await waitFor(async () => (await gw.get('/healthz')).body.ok || undefined, 60_000, () => 'Codex did not come back at the end')
  await sleep(2000)
  const mirrors = []
  for (const finalSync of finalSyncs.slice(0, 2)) mirrors.push(await finalSync())
  const after = { rss: rssBytes(gw.process.pid!), files: openFiles(gw.process.pid!) }
  await check(gw, chats, mirrors, asked, cleared)
  report(before, after)
}

/** The end-state invariants. */
async function check(gw: Gateway, chats: string[], mirrors: Map<string, Mirror>[], asked: Set<string>, cleared: Set<string>): Promise<void> {
  const bridge = await gw.bridge()
  for (const chatId of chats) {
    if ((await gw.get(`/v1/chats/${chatId}/pending-approval`)).body.data !== null) failures.push(`${chatId}: an approval is still pending`)
    const content = await bridge.request('session.content', { session_id: chatId })
    if (content.pending_approvals.length) failures.push(`${chatId}: bridge lists pending approvals`)
    const truth = JSON.stringify([...byTurn(content.entries)].sort())
    for (const mirror of mirrors) {
      const seen = JSON.stringify([...mirror.get(chatId)!.turns].sort())
      if (seen !== truth) failures.push(`${chatId}: a reconnecting bridge client differs from session.content:\n  client  ${seen}\n  content ${truth}`)
    }
  }
  const lost = [...asked].filter(id => !cleared.has(id))
  if (lost.length) failures.push(`${lost.length} approvals were never cleared: ${lost.slice(0, 3).join(', ')}`)
}

function report(before: { rss: number, files: number }, after: { rss: number, files: number }): void {
  const mb = (n: number) => `${Math.round(n / 1048576)} MB`
  console.log(`soak: ${minutes} min, ${stats.turns} companion turns, ${stats.daemonTurns} daemon turns (${stats.lostThreads} unwritten threads lost to a kill), ${stats.approvals} approvals answered, ${stats.kills} app-server kills, ${stats.reconnects} bridge reconnects`)
  console.log(`soak: memory ${mb(before.rss)} -> ${mb(after.rss)}, open files ${before.files} -> ${after.files}`)
  if (after.rss - before.rss > 256 << 20) failures.push(`memory grew by ${mb(after.rss - before.rss)}`)
  if (after.files - before.files > 50) failures.push(`open files grew by ${after.files - before.files}`)
  for (const failure of failures) console.log(`soak: FAIL ${failure}`)
  console.log(`${failures.length ? 0 : 1} passed, ${failures.length ? 1 : 0} failed`)
}

try {
  await main()
} catch (error) {
  failures.push(`soak crashed: ${(error as Error).stack}`)
  console.log(`soak: FAIL ${(error as Error).message}`)
} finally {
  for (const teardown of teardowns.reverse()) await teardown()
}
process.exit(failures.length ? 1 : 0)
