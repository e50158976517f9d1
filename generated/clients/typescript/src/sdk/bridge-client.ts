// generated from codegen/sdk/bridge-client.ts (hand-written, copied by codegen) — do not edit, run npm run codegen
/**
 * A bridge protocol client (the WebSocket at `/`, docs/bridge.md): typed requests correlated
 * with their response or error frame by id, and the session's events as they come.
 */
import type { BridgeEventFrame, BridgeFrame, BridgeHelloFrame, components } from './messages.js'
import { Inbox, Listeners } from './listeners.js'
import { SessionMirror } from './session-mirror.js'
import { globalWebSocket, openSocket, parseFrame, toWebSocketUrl, type WebSocketFactory, type WebSocketLike } from './websocket.js'

type Schemas = components['schemas']

/**
 * A schema type with its free-form objects (`type: object` without properties, which the
 * generated types spell `Record<string, never>`) opened up to `Record<string, unknown>`.
 */
export type Loose<T> = T extends (infer U)[] ? Loose<U>[]
  : T extends object ? (string extends keyof T ? ([T[keyof T]] extends [never] ? Record<string, unknown> : { [K in keyof T]: Loose<T[K]> }) : { [K in keyof T]: Loose<T[K]> })
  : T

/** Every bridge request type with its payload and its response payload (openapi.yaml's `Bridge…` schemas). */
export interface BridgeMethods {
  'ping': { params: Schemas['BridgeEmptyParams'], result: Schemas['BridgePingResult'] }
  'model.list': { params: Schemas['BridgeEmptyParams'], result: Schemas['BridgeModelListResult'] }
  'session.list': { params: Schemas['BridgeEmptyParams'], result: Schemas['BridgeSessionListResult'] }
  'session.start': { params: Schemas['BridgeSessionStartParams'], result: Schemas['BridgeSessionRef'] }
  'session.resume': { params: Schemas['BridgeSessionParams'], result: Schemas['BridgeSessionResumeResult'] }
  'session.update': { params: Schemas['BridgeSessionUpdateParams'], result: Schemas['BridgeSessionUpdateResult'] }
  'session.content': { params: Schemas['BridgeSessionParams'], result: Schemas['BridgeSessionContentResult'] }
  'session.sync': { params: Schemas['BridgeSessionSyncParams'], result: Schemas['BridgeSessionSyncResult'] }
  'turn.send': { params: Schemas['BridgeTurnTextParams'], result: Schemas['BridgeTurnSendResult'] }
  'turn.steer': { params: Schemas['BridgeTurnTextParams'], result: Schemas['BridgeTurnSteerResult'] }
  'turn.interrupt': { params: Schemas['BridgeSessionParams'], result: Schemas['BridgeTurnInterruptResult'] }
  'approval.response': { params: Schemas['BridgeApprovalResponseParams'], result: Schemas['BridgeApprovalResponseResult'] }
  'file.read': { params: Schemas['BridgeFileReadParams'], result: Schemas['BridgeFileReadResult'] }
}

export type BridgeMethod = keyof BridgeMethods
export type BridgeParams<M extends BridgeMethod> = BridgeMethods[M]['params']
export type BridgeResult<M extends BridgeMethod> = Loose<BridgeMethods[M]['result']>
/** An event frame, its payload opened up (it is the Codex notification's params). */
export type BridgeEvent = Loose<BridgeEventFrame>
export type BridgeHello = BridgeHelloFrame['payload']

/** The request types asyncapi.yaml declares; a new one fails the SDK's build until BridgeMethods has it. */
type DeclaredRequest = Exclude<BridgeFrame, { ok: boolean } | { type: 'event' }>['type']
const everyRequestTyped: [Exclude<DeclaredRequest, BridgeMethod>] extends [never] ? true : never = true
void everyRequestTyped

/** An error frame: `code` is the protocol's (`session_not_found`, `invalid_payload`, …). */
export class BridgeError extends Error {
  readonly code: string
  /** The request it answers; null for a frame that had no usable id. */
  readonly requestId: string | null

  constructor(code: string, message: string, requestId: string | null) {
    super(message)
    this.code = code
    this.requestId = requestId
  }
}

export interface BridgeClientOptions {
  /** The gateway, e.g. `http://127.0.0.1:8787`. */
  baseUrl: string
  /** A device token. */
  token: string
  /** `query` (default, works in browsers) or the `x-bridge-token` header. */
  via?: 'query' | 'header'
  webSocket?: WebSocketFactory
  /** For opening and for each request (default 30 s). */
  timeoutMs?: number
}

export interface BridgeClientEvents extends Record<string, unknown> {
  event: BridgeEvent
  /** An error frame that answers no request (`id: null`: unparsable JSON and the like). */
  error: BridgeError
  close: { code: number, reason: string }
}

interface Pending {
  resolve(payload: unknown): void
  reject(error: Error): void
  timer: ReturnType<typeof setTimeout>
}

/** One bridge connection; create it with `BridgeClient.connect`. */
export class BridgeClient {
  /** The server's first frame. */
  hello!: BridgeHello
  private ws!: WebSocketLike
  private readonly listeners = new Listeners<BridgeClientEvents>()
  private readonly events = new Inbox<BridgeEvent>()
  private readonly pending = new Map<string, Pending>()
  private readonly timeoutMs: number
  // Request ids name optimistic inputs (`input_<id>`), so they must not repeat across connections.
  private readonly idPrefix = globalThis.crypto.randomUUID().slice(0, 8)
  private counter = 0
  private helloSeen?: (hello: BridgeHello) => void

  private constructor(timeoutMs: number) {
    this.timeoutMs = timeoutMs
  }

  /** Opens the socket and waits for `hello`; a refused token rejects. */
  static async connect(options: BridgeClientOptions): Promise<BridgeClient> {
    const { baseUrl, token, via = 'query', webSocket = globalWebSocket, timeoutMs = 30_000 } = options
    const client = new BridgeClient(timeoutMs)
    const hello = new Promise<BridgeHello>(resolve => { client.helloSeen = resolve })
    const url = toWebSocketUrl(baseUrl, via === 'query' ? `/?token=${encodeURIComponent(token)}` : '/')
    client.ws = await openSocket(webSocket, url, via === 'header' ? { 'x-bridge-token': token } : {}, timeoutMs, {
      message: data => client.receive(parseFrame(data) as BridgeFrame | undefined),
      close: (code, reason) => client.closed(code, reason),
    })
    let timer: ReturnType<typeof setTimeout> | undefined
    const late = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error('no hello from the bridge')), timeoutMs) })
    client.hello = await Promise.race([hello, late]).finally(() => clearTimeout(timer))
    return client
  }

  /** Sends a request; resolves with the response payload, rejects with BridgeError on an error frame. */
  request<M extends BridgeMethod>(type: M, payload: BridgeParams<M>, timeoutMs = this.timeoutMs): Promise<BridgeResult<M>> {
    const id = `${this.idPrefix}-${++this.counter}`
    return new Promise<BridgeResult<M>>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id)
        reject(new Error(`no answer to ${type} within ${timeoutMs} ms`))
      }, timeoutMs)
      this.pending.set(id, { resolve: resolve as (payload: unknown) => void, reject, timer })
      this.ws.send(JSON.stringify({ id, type, payload }))
    })
  }

  /** Adds a listener; returns the function that removes it. */
  on<K extends keyof BridgeClientEvents>(type: K, listener: (value: BridgeClientEvents[K]) => void): () => void {
    return this.listeners.on(type, listener)
  }

  /** The earliest event matching `match` not taken by `nextEvent` yet, waiting up to `timeoutMs`. */
  nextEvent(match: (event: BridgeEvent) => boolean, timeoutMs = this.timeoutMs): Promise<BridgeEvent> {
    return this.events.take(match, timeoutMs, 'matching bridge event')
  }

  /** A local copy of a session, loaded with `session.content` and kept current from this client's events. */
  async mirror(sessionId: string): Promise<SessionMirror> {
    const mirror = new SessionMirror(sessionId)
    mirror.follow(this)
    await mirror.load(this)
    return mirror
  }

  close(): void {
    this.ws.close(1000, 'client closed')
  }

  private receive(frame: BridgeFrame | undefined): void {
    if (!frame || typeof frame !== 'object') return
    if (frame.type === 'hello') return this.helloSeen?.(frame.payload)
    if (frame.type === 'event') {
      this.listeners.emit('event', frame as BridgeEvent)
      this.events.push(frame as BridgeEvent)
      return
    }
    if (frame.type !== 'response' && frame.type !== 'error') return
    const pending = frame.id === null ? undefined : this.pending.get(String(frame.id))
    if (frame.type === 'error') {
      const error = new BridgeError(frame.error.code, frame.error.message, frame.id)
      if (pending) pending.reject(error)
      else this.listeners.emit('error', error)
    } else {
      pending?.resolve(frame.payload)
    }
    if (pending) {
      clearTimeout(pending.timer)
      this.pending.delete(String(frame.id))
    }
  }

  private closed(code: number, reason: string): void {
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer)
      pending.reject(new Error(`the bridge closed (${code}${reason ? ` ${reason}` : ''}) before answering`))
      this.pending.delete(id)
    }
    this.listeners.emit('close', { code, reason })
  }
}
