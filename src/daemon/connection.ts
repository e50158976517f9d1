import type { Socket } from 'node:net'
import { BacklogGuard } from '../core/backlog-guard.ts'
import { GatewayError, isInternal } from '../errors.ts'
import type { DaemonContext } from './context.ts'
import { dispatch, isMethod } from './dispatch.ts'
import { errorFrame, requestProblem, type DaemonRequestId } from './frames.ts'
import { LineSplitter } from './line-splitter.ts'

export interface ConnectionLimits {
  /** Longest request line, in bytes. */
  maxLineBytes: number
  /** An unauthenticated connection is closed after this long. */
  authTimeoutMs: number
  /**
   * Unread output beyond which a client must keep reading or be dropped (a reader that stalls must
   * not grow our memory); eight times this drops it at once.
   */
  maxBufferedBytes: number
}

/** Longest line before `auth`: a token fits easily, and strangers cannot make us hold megabytes. */
const PRE_AUTH_LINE_BYTES = 64 * 1024
/** Failed `auth` calls tolerated before the connection is closed. */
const MAX_AUTH_FAILURES = 3
/** Requests running at once per connection; past this the socket stops being read. */
const MAX_IN_FLIGHT = 32

/**
 * One client of the daemon face: newline-delimited JSON in, one response per request out,
 * plus notifications once authenticated. `auth` must come first; every other call before it
 * answers `unauthorized`. A bad line is answered and the connection lives on.
 */
export class DaemonConnection {
  readonly socket: Socket
  deviceId?: string
  private readonly context: DaemonContext
  private readonly limits: ConnectionLimits
  private readonly log: (line: string) => void
  private authFailures = 0
  private inFlight = 0
  private authTimer?: NodeJS.Timeout
  private readonly lines: LineSplitter
  private readonly backlog: BacklogGuard

  constructor(socket: Socket, context: DaemonContext, limits: ConnectionLimits, log: (line: string) => void) {
    this.socket = socket
    this.context = context
    this.limits = limits
    this.log = log
    this.backlog = new BacklogGuard({ softBytes: limits.maxBufferedBytes, hardBytes: 8 * limits.maxBufferedBytes })
    const lines = new LineSplitter(Math.min(PRE_AUTH_LINE_BYTES, limits.maxLineBytes), line => void this.onLine(line), () => this.onOverflow())
    this.lines = lines
    socket.on('data', (chunk: Buffer) => lines.push(chunk))
    socket.on('error', () => socket.destroy()) // a reset by the peer is routine
    socket.on('close', () => {
      clearTimeout(this.authTimer)
      this.backlog.stop()
    })
    socket.setKeepAlive(true, 30_000)
    socket.setNoDelay(true)
    this.authTimer = setTimeout(() => socket.destroy(), limits.authTimeoutMs)
  }

  get authenticated(): boolean {
    return this.deviceId !== undefined
  }

  /** Writes one frame, unless the client stopped reading long ago (then it is dropped). */
  send(frame: object | string): void {
    if (this.socket.destroyed || !this.socket.writable) return
    if (this.backlog.stalled(this.socket.writableLength)) return this.dropStalled()
    const text = typeof frame === 'string' ? frame : `${JSON.stringify(frame)}\n`
    this.socket.write(text)
    this.backlog.sent(Buffer.byteLength(text))
    this.backlog.watch(() => this.socket.writableLength, () => this.dropStalled())
  }

  private dropStalled(): void {
    this.log('daemon: dropping a client that stopped reading')
    this.socket.destroy()
  }

  close(): void {
    this.socket.destroy()
  }

  private onOverflow(): void {
    this.send(errorFrame(null, new GatewayError('PAYLOAD_TOO_LARGE', `line too long: over ${this.lines.maxBytes} bytes`)))
    // A stranger has no business sending long lines: answer, stop reading and hang up. The
    // delay lets the answer arrive before the reset that closing on unread input sends.
    if (this.authenticated) return
    this.socket.pause()
    this.socket.end()
    setTimeout(() => this.socket.destroy(), 1000).unref()
  }

  private async onLine(line: Buffer): Promise<void> {
    const text = line.toString('utf8')
    if (text.trim() === '') return
    let frame: any
    try {
      frame = JSON.parse(text)
    } catch (error) {
      this.send(errorFrame(null, new GatewayError('MALFORMED_JSON', `malformed JSON: ${(error as Error).message}`)))
      return
    }
    const id: DaemonRequestId | null = typeof frame?.id === 'number' || typeof frame?.id === 'string' ? frame.id : null
    if (typeof frame !== 'object' || frame === null || Array.isArray(frame) || id === null || typeof frame.method !== 'string') {
      this.send(errorFrame(id, new GatewayError('INVALID_REQUEST', 'invalid request: expected {"id", "method", "params"}')))
      return
    }
    this.track(+1)
    try {
      this.send({ id, result: await this.handle(frame) })
    } catch (error) {
      if (isInternal(error)) this.log(`daemon: ${frame.method} failed: ${(error as Error)?.stack ?? error}`)
      this.send(errorFrame(id, error))
    } finally {
      this.track(-1)
    }
  }

  private async handle(frame: { method: string, params?: unknown }): Promise<unknown> {
    const { method } = frame
    if (method === 'auth') return this.auth(frame)
    if (!this.authenticated) throw new GatewayError('UNAUTHORIZED', 'unauthorized')
    if (!isMethod(method)) throw new GatewayError('UNKNOWN_METHOD', `unknown method: ${method.slice(0, 100)}`)
    const problem = requestProblem(method, frame)
    if (problem) throw new GatewayError('INVALID_REQUEST', `invalid params for ${method}: ${problem}`)
    return dispatch(method, frame.params, this.context, this)
  }

  private async auth(frame: { params?: any }): Promise<{ ok: true }> {
    const device = await this.context.services.devices.verify(typeof frame.params?.token === 'string' ? frame.params.token : undefined)
    if (!device) {
      if (++this.authFailures >= MAX_AUTH_FAILURES) setImmediate(() => this.socket.end())
      throw new GatewayError('UNAUTHORIZED', 'unauthorized')
    }
    this.deviceId = device.id
    this.lines.maxBytes = this.limits.maxLineBytes
    clearTimeout(this.authTimer)
    return { ok: true }
  }

  /** Stops reading while too many requests of this client run; resumes when they finish. */
  private track(delta: number): void {
    this.inFlight += delta
    if (this.inFlight >= MAX_IN_FLIGHT) this.socket.pause()
    else if (this.socket.isPaused()) this.socket.resume()
  }
}
