/**
 * Fleets of measuring clients, one kind per target: the raw app-server over stdio, the bare
 * relay, the companion stream and the bridge. Every client parses each frame once and keeps
 * counters only: where it is in the expected text (each delta must continue it exactly, so
 * order and completeness are checked without keeping the text), when its first delta came and
 * when it had everything.
 */
import { WebSocket } from 'ws'
import { startRawAppServer, type RawAppServer } from '../support/raw-app-server.ts'

export type Target = 'raw' | 'bare' | 'companion' | 'bridge'

/** What one client saw of one turn. */
export class Counter {
  expected = ''
  pos = 0
  frames = 0
  /** Deltas that did not continue the text where the client was. */
  bad = 0
  first = 0
  done = 0
  private wake = () => {}

  reset(expected: string): void {
    Object.assign(this, { expected, pos: 0, frames: 0, bad: 0, first: 0, done: 0 })
  }

  feed(delta: string): void {
    this.frames++
    if (!this.first) this.first = performance.now()
    if (this.expected.startsWith(delta, this.pos)) this.pos += delta.length
    else this.bad++
    if (this.pos === this.expected.length && !this.done) {
      this.done = performance.now()
      this.wake()
    }
  }

  /** Resolves once the whole text arrived; rejects after `ms`. */
  whenDone(ms: number): Promise<void> {
    if (this.done) return Promise.resolve()
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`a client got ${this.pos} of ${this.expected.length} characters (${this.bad} out of order) within ${ms} ms`)), ms)
      this.wake = () => { clearTimeout(timer); resolve() }
    })
  }
}

/** N connected clients of one target on one session, and how to start a turn there. */
export interface Fleet {
  target: Target
  sessionId: string
  counters: Counter[]
  /** Starts a turn with `text` as the user's message; resolves when the request was sent. */
  trigger(text: string): Promise<void>
  /** Resolves when the turn last triggered completed (as client 0 saw it); rejects after 120 s. */
  completed(): Promise<void>
  close(): Promise<void>
}

export interface FleetOptions {
  url: string
  token: string
  cwd: string
  /** The raw app-server the raw target reads (started once by the clients process). */
  rawServer?: RawAppServer
  barePort?: number
}

export async function openFleet(target: Target, n: number, o: FleetOptions): Promise<Fleet> {
  switch (target) {
    case 'raw': return rawFleet(o.rawServer!, o.cwd)
    case 'bare': return bareFleet(n, o.barePort!, o.cwd)
    case 'companion': return companionFleet(n, o)
    case 'bridge': return bridgeFleet(n, o)
  }
}

const TURN_TIMEOUT_MS = 120_000

/** The completion of the turn about to be triggered: `arm()` before sending, `signal()` on the event. */
class Completion {
  private promise: Promise<void> = Promise.resolve()
  private done = () => {}

  arm(what: string): void {
    this.promise = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${what} within ${TURN_TIMEOUT_MS} ms`)), TURN_TIMEOUT_MS)
      this.done = () => { clearTimeout(timer); resolve() }
    })
    this.promise.catch(() => {})
  }

  signal(): void {
    this.done()
  }

  wait(): Promise<void> {
    return this.promise
  }
}

function connect(url: string, headers: Record<string, string> = {}): Promise<WebSocket> {
  const ws = new WebSocket(url, { headers, perMessageDeflate: false })
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no connection to ${url} within 30 s`)), 30_000)
    ws.once('open', () => { clearTimeout(timer); resolve(ws) })
    ws.once('error', error => { clearTimeout(timer); reject(error) })
  })
}

/** Opens `n` sockets a few at a time, so the accept queue never overflows. */
async function connectMany(n: number, open: () => Promise<WebSocket>): Promise<WebSocket[]> {
  const sockets: WebSocket[] = []
  for (let i = 0; i < n; i += 50) sockets.push(...await Promise.all(Array.from({ length: Math.min(50, n - i) }, open)))
  return sockets
}

async function closeAll(sockets: WebSocket[]): Promise<void> {
  await Promise.all(sockets.map(ws => new Promise(resolve => {
    if (ws.readyState === ws.CLOSED) return resolve(undefined)
    const timer = setTimeout(() => { ws.terminate(); resolve(undefined) }, 5000)
    ws.once('close', () => { clearTimeout(timer); resolve(undefined) })
    ws.close()
  })))
}

async function rawFleet(raw: RawAppServer, cwd: string): Promise<Fleet> {
  const { thread } = await raw.request('thread/start', { cwd })
  const counter = new Counter()
  let completed: Promise<unknown> = Promise.resolve()
  return {
    target: 'raw', sessionId: thread.id, counters: [counter],
    // The baseline client is RawAppServer itself: it parses each line once; we look at each message once.
    async trigger(text) {
      raw.received.length = 0
      completed = raw.waitFor(m => {
        if (m.params?.threadId !== thread.id) return false
        if (m.method === 'item/agentMessage/delta') counter.feed(m.params.delta)
        return m.method === 'turn/completed'
      }, { timeoutMs: TURN_TIMEOUT_MS })
      completed.catch(() => {})
      void raw.request('turn/start', { threadId: thread.id, input: [{ type: 'text', text, text_elements: [] }] }).catch(() => {})
    },
    completed: async () => { await completed },
    async close() { raw.received.length = 0 },
  }
}

let bareRequestId = 0
/** Ports of bare relays whose app-server got its initialize handshake. */
const bareInitialized = new Set<number>()

/** Clients of the bare relay: app-server lines as they are; client 0 also sends the requests. */
async function bareFleet(n: number, port: number, cwd: string): Promise<Fleet> {
  const sockets = await connectMany(n, () => connect(`ws://127.0.0.1:${port}`))
  const counters = sockets.map(() => new Counter())
  const pending = new Map<number, (m: any) => void>()
  let sessionId = ''
  const completion = new Completion()
  sockets.forEach((ws, i) => ws.on('message', data => {
    const m = JSON.parse(String(data))
    if (m.method === 'item/agentMessage/delta') { if (m.params.threadId === sessionId) counters[i].feed(m.params.delta) }
    else if (i !== 0) return
    else if (m.method === 'turn/completed' && m.params.threadId === sessionId) completion.signal()
    else if (m.method === undefined && pending.has(m.id)) { pending.get(m.id)!(m); pending.delete(m.id) }
  }))
  const request = (method: string, params: object) => new Promise<any>((resolve, reject) => {
    const id = ++bareRequestId
    pending.set(id, m => m.error ? reject(new Error(`${method}: ${JSON.stringify(m.error)}`)) : resolve(m.result))
    sockets[0].send(JSON.stringify({ id, method, params }))
  })
  if (!bareInitialized.has(port)) {
    await request('initialize', { clientInfo: { name: 'bench_bare', title: 'bench', version: '0' }, capabilities: { experimentalApi: true } })
    sockets[0].send(JSON.stringify({ method: 'initialized' }))
    bareInitialized.add(port)
  }
  sessionId = (await request('thread/start', { cwd })).thread.id
  return {
    target: 'bare', sessionId, counters,
    async trigger(text) {
      completion.arm('turn/completed')
      void request('turn/start', { threadId: sessionId, input: [{ type: 'text', text, text_elements: [] }] })
    },
    completed: () => completion.wait(),
    close: () => closeAll(sockets),
  }
}

/** Companion stream clients of one new chat; the turn starts with the message POST. */
async function companionFleet(n: number, o: FleetOptions): Promise<Fleet> {
  const headers = { authorization: `Bearer ${o.token}`, 'content-type': 'application/json' }
  const created = await fetch(`${o.url}/v1/chats`, { method: 'POST', headers, body: JSON.stringify({ cwd: o.cwd }) })
  const chatId: string = (await created.json() as any).data.chatId
  const wsUrl = `${o.url.replace(/^http/, 'ws')}/v1/stream?chatId=${encodeURIComponent(chatId)}`
  const sockets = await connectMany(n, () => connect(wsUrl, { authorization: `Bearer ${o.token}` }))
  const counters = sockets.map(() => new Counter())
  const completion = new Completion()
  sockets.forEach((ws, i) => ws.on('message', data => {
    const frame = JSON.parse(String(data))
    if (frame.type === 'message_delta') counters[i].feed(frame.data.delta)
    else if (frame.type === 'turn_completed' && i === 0) completion.signal()
  }))
  return {
    target: 'companion', sessionId: chatId, counters,
    async trigger(text) {
      completion.arm('turn_completed')
      const reply = await fetch(`${o.url}/v1/chats/${chatId}/messages`, { method: 'POST', headers, body: JSON.stringify({ text }) })
      if (reply.status !== 200 && reply.status !== 202) throw new Error(`message POST: ${reply.status} ${await reply.text()}`)
      await reply.arrayBuffer().catch(() => {})
    },
    completed: () => completion.wait(),
    close: () => closeAll(sockets),
  }
}

/** Bridge clients; the session is a chat created over REST, the turn starts with client 0's turn.send. */
async function bridgeFleet(n: number, o: FleetOptions): Promise<Fleet> {
  const headers = { authorization: `Bearer ${o.token}`, 'content-type': 'application/json' }
  const created = await fetch(`${o.url}/v1/chats`, { method: 'POST', headers, body: JSON.stringify({ cwd: o.cwd }) })
  const sessionId: string = (await created.json() as any).data.chatId
  const wsUrl = `${o.url.replace(/^http/, 'ws')}/?token=${encodeURIComponent(o.token)}`
  const sockets = await connectMany(n, () => connect(wsUrl))
  const counters = sockets.map(() => new Counter())
  const completion = new Completion()
  let requests = 0
  sockets.forEach((ws, i) => ws.on('message', data => {
    const frame = JSON.parse(String(data))
    if (frame.type !== 'event' || frame.session_id !== sessionId) return
    if (frame.event === 'item/agentMessage/delta') counters[i].feed(frame.payload.delta)
    else if (frame.event === 'turn/completed' && i === 0) completion.signal()
  }))
  return {
    target: 'bridge', sessionId, counters,
    async trigger(text) {
      completion.arm('turn/completed')
      sockets[0].send(JSON.stringify({ id: `bench${++requests}`, type: 'turn.send', payload: { session_id: sessionId, text } }))
    },
    completed: () => completion.wait(),
    close: () => closeAll(sockets),
  }
}

/** Starts the baseline client: `codex app-server` over stdio, handshake done. */
export function startRaw(codexHome: string): Promise<RawAppServer> {
  return startRawAppServer({ codexHome, timeoutMs: 60_000 })
}
