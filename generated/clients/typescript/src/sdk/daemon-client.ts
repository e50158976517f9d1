// generated from codegen/sdk/daemon-client.ts (hand-written, copied by codegen) — do not edit, run npm run codegen
/**
 * A daemon protocol client (docs/daemon.md): one TCP (or TLS) connection, one JSON object per
 * line each way, `auth` first. Method names, params and results are typed from asyncapi.yaml's
 * `daemon` channel. Node only (node:net), hence its own entry point: `@codex-gateway/sdk/daemon`.
 */
import { connect as connectTcp, type Socket } from 'node:net'
import { connect as connectTls, type ConnectionOptions } from 'node:tls'
import type { components, DaemonAppServerEventFrame, DaemonErrorFrame, DaemonFrame, DaemonTerminalOutputFrame } from './messages.js'
import { Inbox, Listeners, withTimeout } from './listeners.js'

type Schemas = components['schemas']
type Pascal<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>
type RequestFrame = Extract<DaemonFrame, { id: unknown, method: string }>
type ResultKey<M extends string> = `Daemon${Pascal<M>}ResultFrame`

/** Every method the daemon face declares. */
export type DaemonMethod = RequestFrame['method']
export type DaemonParams<M extends DaemonMethod> = Extract<RequestFrame, { method: M }> extends { params?: infer P } ? P : undefined
/** The `result` of a method's result message (`Daemon<Method>ResultFrame`); never for methods that only fail. */
export type DaemonResult<M extends DaemonMethod> = ResultKey<M> extends keyof Schemas ? (Schemas[ResultKey<M>] extends { result: infer R } ? R : never) : never
export type DaemonNotification = DaemonAppServerEventFrame | DaemonTerminalOutputFrame
/** An error as the wire carries it; `code` is one of docs/errors.md, or CONNECTION_CLOSED from the client. */
type WireError = { code: string, message: string }
type Answer = { result?: unknown, error?: WireError }
/** Params may be left out exactly where the method declares them optional (`params?` in its request frame). */
type ParamsArgs<M extends DaemonMethod> = Extract<RequestFrame, { method: M }> extends { params: unknown } ? [params: DaemonParams<M>] : [params?: DaemonParams<M>]

/** The daemon's `{id, error: {message, code}}`: `message` is what reference clients match on. */
export class DaemonCallError extends Error {
  readonly code: string
  /** The method it answers; null for an error that answered no request (`id: null`). */
  readonly method: string | null

  constructor(error: WireError, method: string | null) {
    super(error.message)
    this.code = error.code
    this.method = method
  }
}

export interface DaemonClientOptions {
  /** Default 127.0.0.1. */
  host?: string
  /** The gateway's `--daemon-port` (default 4732). */
  port?: number
  /** A device token, sent with `auth` before anything else. */
  token: string
  /** Speak TLS (a gateway with `--tls-cert`); an object is passed to `tls.connect`. */
  tls?: boolean | ConnectionOptions
  /** For connecting and for each call (default 30 s). */
  timeoutMs?: number
}

export interface DaemonClientEvents extends Record<string, unknown> {
  notification: DaemonNotification
  /** An error frame with `id: null` (a line the daemon could not read). */
  error: DaemonCallError
  close: undefined
}

interface Waiting {
  method: string
  resolve(frame: Answer): void
}

/** One authenticated daemon connection; create it with `DaemonClient.connect`. */
export class DaemonClient {
  private readonly socket: Socket
  private readonly timeoutMs: number
  private readonly listeners = new Listeners<DaemonClientEvents>()
  private readonly notifications = new Inbox<DaemonNotification>()
  private readonly waiting = new Map<number, Waiting>()
  private nextId = 1
  private buffered = ''

  private constructor(socket: Socket, timeoutMs: number) {
    this.socket = socket
    this.timeoutMs = timeoutMs
    socket.setEncoding('utf8').on('data', (chunk: string) => this.read(chunk))
    socket.on('close', () => this.closed())
  }

  /** Connects and authenticates; rejects when either fails (`unauthorized` for a bad token). */
  static async connect(options: DaemonClientOptions): Promise<DaemonClient> {
    const { host = '127.0.0.1', port = 4732, token, tls, timeoutMs = 30_000 } = options
    const socket = tls ? connectTls({ host, port, ...(typeof tls === 'object' ? tls : {}) }) : connectTcp({ host, port })
    try {
      await withTimeout(new Promise((resolve, reject) => {
        socket.once(tls ? 'secureConnect' : 'connect', resolve)
        socket.once('error', reject)
      }), timeoutMs, `daemon ${host}:${port} did not accept a connection within ${timeoutMs} ms`)
    } catch (error) {
      socket.destroy()
      throw error
    }
    socket.on('error', () => {}) // 'close' follows every error; pending calls fail there
    const client = new DaemonClient(socket, timeoutMs)
    try {
      await client.call('auth', { token })
    } catch (error) {
      client.close()
      throw error
    }
    return client
  }

  /** Calls a method; resolves with its result, rejects with DaemonCallError on an error frame. */
  async call<M extends DaemonMethod>(method: M, ...[params]: ParamsArgs<M>): Promise<DaemonResult<M>> {
    const id = this.nextId++
    const answer = new Promise<Answer>(resolve => this.waiting.set(id, { method, resolve }))
    this.socket.write(`${JSON.stringify(params === undefined ? { id, method } : { id, method, params })}\n`)
    const frame = await withTimeout(answer, this.timeoutMs, `no answer to ${method} within ${this.timeoutMs} ms`).finally(() => this.waiting.delete(id))
    if (frame.error) throw new DaemonCallError(frame.error, method)
    return frame.result as DaemonResult<M>
  }

  /** Adds a listener; returns the function that removes it. */
  on<K extends keyof DaemonClientEvents>(type: K, listener: (value: DaemonClientEvents[K]) => void): () => void {
    return this.listeners.on(type, listener)
  }

  /** The earliest notification matching `match` not taken yet, waiting up to `timeoutMs`. */
  nextNotification(match: (frame: DaemonNotification) => boolean, timeoutMs = this.timeoutMs): Promise<DaemonNotification> {
    return this.notifications.take(match, timeoutMs, 'matching daemon notification')
  }

  close(): void {
    this.socket.destroy()
  }

  private read(chunk: string): void {
    this.buffered += chunk
    for (let newline = this.buffered.indexOf('\n'); newline >= 0; newline = this.buffered.indexOf('\n')) {
      const line = this.buffered.slice(0, newline)
      this.buffered = this.buffered.slice(newline + 1)
      if (!line.trim()) continue
      let frame: DaemonFrame
      try { frame = JSON.parse(line) } catch { continue } // the daemon writes JSON only; never crash on a torn line
      this.receive(frame)
    }
  }

  private receive(frame: DaemonFrame): void {
    if ('method' in frame && !('id' in frame)) {
      this.listeners.emit('notification', frame as DaemonNotification)
      this.notifications.push(frame as DaemonNotification)
      return
    }
    if (!('id' in frame)) return
    if (frame.id === null) {
      if ('error' in frame) this.listeners.emit('error', new DaemonCallError((frame as DaemonErrorFrame).error, null))
      return
    }
    const waiting = typeof frame.id === 'number' ? this.waiting.get(frame.id) : undefined
    waiting?.resolve(frame as Answer)
  }

  private closed(): void {
    for (const [id, waiting] of this.waiting) {
      waiting.resolve({ error: { code: 'CONNECTION_CLOSED', message: `the daemon connection closed before answering ${waiting.method}` } })
      this.waiting.delete(id)
    }
    this.listeners.emit('close', undefined)
  }
}
