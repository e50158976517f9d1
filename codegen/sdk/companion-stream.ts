/**
 * The companion stream of one chat (`/v1/stream?chatId=`) that survives disconnects.
 *
 * The stream has no sequence numbers, so a client cannot ask for what it missed. "Without
 * gaps" is therefore built like this, on every (re)connect:
 *   1. the socket is opened first, and frames arriving from then on are held back;
 *   2. the chat is reloaded over REST: the newest page of history, the run state and the
 *      pending approval (`resync` event);
 *   3. the held frames are delivered, then live ones.
 * Everything that happened before the socket opened is in the reload; everything after it
 * arrives as a frame. Both may describe the same moment (a frame held in step 1 may already
 * be in the reload): history messages carry the stream's item ids, and an `item_completed`
 * carries the item's whole text, so apply frames by id, not by appending blindly. The one
 * thing no reload can give back is the beginning of an agent message that was still
 * streaming while disconnected: its later deltas arrive, its `item_completed` has all of it.
 *
 * The pending approval is re-hydrated from `GET …/pending-approval`: when it differs from
 * what the client last saw, the stream delivers the `approval_cleared` and
 * `approval_required` frames the client missed, so listeners of frames alone end up right.
 */
import type { CompanionStreamFrame, components } from '../../generated/messages/types.ts'
import { GatewayHttpError, getJson, type Fetch } from './http.ts'
import { Inbox, Listeners } from './listeners.ts'
import { globalWebSocket, openSocket, parseFrame, toWebSocketUrl, type WebSocketFactory, type WebSocketLike } from './websocket.ts'

type Schemas = components['schemas']
// Wire types (dates are strings). Not exported under these names: the REST client's models are.
type Approval = Schemas['Approval']
type HistoryMessage = Schemas['HistoryMessage']
type RunState = Schemas['RunState']
export type { CompanionStreamFrame }
/** The companion frame of one `type`. */
export type CompanionFrameOf<T extends CompanionStreamFrame['type']> = Extract<CompanionStreamFrame, { type: T }>

/** Reconnect delays: `initialMs`, times `factor` per failed attempt, at most `maxMs`, with jitter. */
export interface Backoff {
  initialMs: number
  maxMs: number
  factor: number
}

export const DEFAULT_BACKOFF: Backoff = { initialMs: 250, maxMs: 10_000, factor: 2 }

export interface CompanionStreamOptions {
  /** The gateway, e.g. `http://127.0.0.1:8787`. */
  baseUrl: string
  /** A device token. */
  token: string
  chatId: string
  /** Default: the global WebSocket, which in Node 22+ sends the Authorization header. Browsers cannot. */
  webSocket?: WebSocketFactory
  /** Default: the global fetch. */
  fetch?: Fetch
  backoff?: Partial<Backoff>
  /** Messages reloaded on each (re)connect: the newest page (default 50, at most 200). */
  historyLimit?: number
  /** For opening the socket and for each reload request (default 10 s). */
  timeoutMs?: number
}

/** The chat as reloaded after the socket opened. */
export interface Resync {
  /** The newest page of history, oldest first. */
  messages: HistoryMessage[]
  runState: RunState
  pendingApproval: Approval | null
  /** False on the first connect. */
  reconnected: boolean
}

export type CompanionStreamState = 'connecting' | 'open' | 'reconnecting' | 'closed'

export interface CompanionStreamEvents extends Record<string, unknown> {
  frame: CompanionStreamFrame
  resync: Resync
  state: CompanionStreamState
  /** A failed reconnect (the stream tries again) or the reason it gave up (state `closed`). */
  error: Error
}

/** Close codes after which reconnecting cannot help: the device token was revoked. */
const FINAL_CLOSE_CODES = new Set([4001])
/** Statuses of the reload that mean the same: a bad token, an unknown chat. */
const FINAL_STATUSES = new Set([401, 403, 404])

/** A live, reconnecting companion stream; create it with `CompanionStream.open`. */
export class CompanionStream {
  readonly chatId: string
  state: CompanionStreamState = 'connecting'
  /** The chat's open approval as far as this client knows. */
  pendingApproval: Approval | null = null
  /** From the last reload, then kept current by `turn_started` / `turn_completed`. */
  runState: RunState | null = null

  private readonly options: Required<Omit<CompanionStreamOptions, 'backoff'>> & { backoff: Backoff }
  private readonly listeners = new Listeners<CompanionStreamEvents>()
  private readonly inbox = new Inbox<CompanionStreamFrame>()
  private ws: WebSocketLike | undefined
  private attempt = 0
  private timer: ReturnType<typeof setTimeout> | undefined

  private constructor(options: CompanionStreamOptions) {
    this.chatId = options.chatId
    this.options = {
      webSocket: globalWebSocket,
      fetch: (input, init) => globalThis.fetch(input, init),
      historyLimit: 50,
      timeoutMs: 10_000,
      ...options,
      backoff: { ...DEFAULT_BACKOFF, ...options.backoff },
    }
  }

  /** Connects and reloads the chat; rejects when the first connect fails (bad token, unknown chat, no gateway). */
  static async open(options: CompanionStreamOptions): Promise<CompanionStream> {
    const stream = new CompanionStream(options)
    await stream.connect(false)
    return stream
  }

  /** Adds a listener; returns the function that removes it. */
  on<K extends keyof CompanionStreamEvents>(type: K, listener: (value: CompanionStreamEvents[K]) => void): () => void {
    return this.listeners.on(type, listener)
  }

  /** The earliest delivered frame of `type` not taken by `next` yet, waiting up to `timeoutMs`. */
  next<T extends CompanionStreamFrame['type']>(type: T, timeoutMs = 30_000): Promise<CompanionFrameOf<T>> {
    return this.inbox.take<CompanionFrameOf<T>>(frame => frame.type === type, timeoutMs, `${type} frame on chat ${this.chatId}`)
  }

  /** Closes the socket for good. */
  close(): void {
    clearTimeout(this.timer)
    this.setState('closed')
    this.ws?.close(1000, 'client closed')
  }

  /** Opens the socket, reloads the chat, then lets frames through (held ones first). */
  private async connect(reconnected: boolean): Promise<void> {
    const { baseUrl, token, chatId, webSocket, timeoutMs } = this.options
    const url = toWebSocketUrl(baseUrl, `/v1/stream?chatId=${encodeURIComponent(chatId)}`)
    let held: CompanionStreamFrame[] | undefined = []
    let socket: WebSocketLike | undefined
    const ws = await openSocket(webSocket, url, { authorization: `Bearer ${token}` }, timeoutMs, {
      message: data => {
        const frame = parseFrame(data) as CompanionStreamFrame | undefined
        if (typeof frame?.type !== 'string') return
        if (held) held.push(frame)
        else this.deliver(frame)
      },
      close: code => { if (socket) this.onClose(socket, code) },
    })
    socket = ws
    if (this.isClosed()) return ws.close()
    this.ws = ws
    try {
      this.applyResync(await this.reload(reconnected))
    } catch (error) {
      this.ws = undefined
      ws.close()
      throw error
    }
    // Closed during the reload: by the network (onClose scheduled the next attempt) or by close().
    if (this.ws !== ws || this.isClosed()) return
    const frames = held
    held = undefined
    for (const frame of frames) this.deliver(frame)
    this.attempt = 0
    this.setState('open')
  }

  private async reload(reconnected: boolean): Promise<Resync> {
    const { fetch, baseUrl, token, chatId, historyLimit, timeoutMs } = this.options
    const base = `/v1/chats/${encodeURIComponent(chatId)}`
    const get = <T>(path: string) => getJson<T>(fetch, baseUrl, token, base + path, timeoutMs)
    const [messages, runState, pending] = await Promise.all([
      get<Schemas['ChatMessagesResponse']>(`/messages?limit=${historyLimit}`),
      get<Schemas['RunStateResponse']>('/run-state'),
      get<Schemas['PendingApprovalResponse']>('/pending-approval'),
    ])
    return { messages: messages.data.messages, runState: runState.data, pendingApproval: pending.data, reconnected }
  }

  private applyResync(resync: Resync): void {
    this.runState = resync.runState
    this.listeners.emit('resync', resync)
    const known = this.pendingApproval
    const fresh = resync.pendingApproval
    if (known && known.id !== fresh?.id) this.deliver({ type: 'approval_cleared', data: { chatId: this.chatId, ids: [known.id] } })
    if (fresh && fresh.id !== known?.id) this.deliver({ type: 'approval_required', data: fresh })
  }

  private deliver(frame: CompanionStreamFrame): void {
    // Asked between the socket opening and the reload: the reload delivered it already.
    if (frame.type === 'approval_required' && frame.data.id === this.pendingApproval?.id) return
    if (frame.type === 'approval_required') this.pendingApproval = frame.data
    if (frame.type === 'approval_cleared' && this.pendingApproval && frame.data.ids.includes(this.pendingApproval.id)) this.pendingApproval = null
    if (frame.type === 'turn_started') this.runState = { chatId: this.chatId, isRunning: true, activeTurnId: frame.data.turnId }
    if (frame.type === 'turn_completed') this.runState = { chatId: this.chatId, isRunning: false, activeTurnId: null }
    this.listeners.emit('frame', frame)
    this.inbox.push(frame)
  }

  private onClose(ws: WebSocketLike, code: number): void {
    if (ws !== this.ws || this.state === 'closed') return
    this.ws = undefined
    if (FINAL_CLOSE_CODES.has(code)) return this.giveUp(new Error(`the gateway closed the stream for good (${code})`))
    this.setState('reconnecting')
    this.scheduleReconnect()
  }

  private scheduleReconnect(): void {
    const { initialMs, maxMs, factor } = this.options.backoff
    const delay = Math.min(maxMs, initialMs * factor ** this.attempt++) * (0.5 + Math.random() / 2)
    this.timer = setTimeout(() => { void this.reconnect() }, delay)
  }

  private async reconnect(): Promise<void> {
    if (this.state === 'closed') return
    try {
      await this.connect(true)
    } catch (error) {
      const reason = error instanceof Error ? error : new Error(String(error))
      if (this.isClosed()) return
      if (await this.hopeless(reason)) return this.giveUp(reason)
      this.listeners.emit('error', reason)
      this.scheduleReconnect()
    }
  }

  /** A refused upgrade looks like any network error; the REST answer for the chat tells them apart. */
  private async hopeless(error: Error): Promise<boolean> {
    if (error instanceof GatewayHttpError) return FINAL_STATUSES.has(error.status)
    const { fetch, baseUrl, token, chatId, timeoutMs } = this.options
    try {
      await getJson(fetch, baseUrl, token, `/v1/chats/${encodeURIComponent(chatId)}/pending-approval`, timeoutMs)
      return false
    } catch (probe) {
      return probe instanceof GatewayHttpError && FINAL_STATUSES.has(probe.status)
    }
  }

  private giveUp(reason: Error): void {
    this.setState('closed')
    this.listeners.emit('error', reason)
  }

  /** A method, not `state === 'closed'` inline: TypeScript keeps a narrowed field narrowed across awaits. */
  private isClosed(): boolean {
    return this.state === 'closed'
  }

  private setState(state: CompanionStreamState): void {
    if (this.state === state) return
    this.state = state
    this.listeners.emit('state', state)
  }
}
