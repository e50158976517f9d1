import { EventEmitter } from 'node:events'
import type { Readable, Writable } from 'node:stream'
import { GatewayError } from '../errors.ts'
import type { RequestId } from '../../generated/codex/RequestId.ts'

export type { RequestId }

/** A request the app-server sent us (an approval, an elicitation…), answered exactly once. */
export interface ServerRequest {
  /** The id exactly as the app-server sent it: number or string. */
  readonly id: RequestId
  readonly method: string
  readonly params: any
}

interface Pending {
  method: string
  resolve: (result: any) => void
  reject: (error: Error) => void
  timer: NodeJS.Timeout
}

export interface JsonRpcEvents {
  notification: [method: string, params: any]
  request: [request: ServerRequest]
  /** Every notification and server request exactly as received, before it is routed. */
  message: [message: { method: string, id?: RequestId, params?: unknown }]
  close: []
}

/**
 * JSON-RPC 2.0 (without the "jsonrpc" member, as the app-server speaks it) over newline-delimited
 * JSON: correlates our requests with their responses, times them out, and surfaces the peer's
 * notifications and requests.
 */
export class JsonRpcConnection extends EventEmitter<JsonRpcEvents> {
  private nextId = 1
  private readonly pending = new Map<number, Pending>()
  private readonly answered = new Set<RequestId>()
  /** The pieces of a line whose newline has not come yet. */
  private buffered: string[] = []
  private closed = false
  private readonly output: Writable
  private readonly timeoutMs: number

  constructor(input: Readable, output: Writable, options: { timeoutMs: number }) {
    super()
    this.output = output
    this.timeoutMs = options.timeoutMs
    input.setEncoding('utf8')
    input.on('data', (chunk: string) => this.receive(chunk))
    input.on('close', () => this.close('the Codex app-server closed its output'))
    output.on('error', () => this.close('the Codex app-server stopped reading its input'))
  }

  /** Sends a request and resolves with its result; rejects with CODEX_ERROR on an error response. */
  request<T = any>(method: string, params: unknown, options: { timeoutMs?: number } = {}): Promise<T> {
    if (this.closed) return Promise.reject(unavailable('the Codex app-server is not running'))
    const id = this.nextId++
    return new Promise<T>((resolve, reject) => {
      const timeoutMs = options.timeoutMs ?? this.timeoutMs
      const timer = setTimeout(() => {
        this.pending.delete(id)
        reject(new GatewayError('CODEX_UNAVAILABLE', `the Codex app-server did not answer ${method} within ${timeoutMs} ms`))
      }, timeoutMs)
      this.pending.set(id, { method, resolve, reject, timer })
      this.send({ id, method, params })
    })
  }

  /** Like request(), resolving with the whole response envelope `{id, result}` (the daemon face returns it raw). */
  async requestEnvelope<T = any>(method: string, params: unknown, options: { timeoutMs?: number } = {}): Promise<{ id: number, result: T }> {
    const id = this.nextId // request() takes this id synchronously
    return { id, result: await this.request<T>(method, params, options) }
  }

  notify(method: string, params?: unknown): void {
    this.send(params === undefined ? { method } : { method, params })
  }

  /** Answers a server request; returns false (and sends nothing) when it was answered already. */
  respond(id: RequestId, result: unknown): boolean {
    return this.answer(id, { id, result })
  }

  respondError(id: RequestId, error: { code: number, message: string }): boolean {
    return this.answer(id, { id, error })
  }

  /** Fails every pending request with CODEX_UNAVAILABLE; later calls fail at once. */
  close(reason: string): void {
    if (this.closed) return
    this.closed = true
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer)
      pending.reject(unavailable(`${reason} before answering ${pending.method}`))
      this.pending.delete(id)
    }
    this.emit('close')
  }

  get isClosed(): boolean {
    return this.closed
  }

  private answer(id: RequestId, message: object): boolean {
    if (this.closed || this.answered.has(id)) return false
    this.answered.add(id)
    this.send(message)
    return true
  }

  private send(message: object): void {
    if (!this.closed) this.output.write(JSON.stringify(message) + '\n')
  }

  /**
   * Splits stdout into lines. Only the new chunk is searched, and the pieces of a long line are
   * joined once it ends: a 16 MB message arrives in hundreds of chunks, and re-scanning (and
   * flattening) everything buffered at each one cost gigabytes of garbage.
   */
  private receive(chunk: string): void {
    let start = 0
    let newline: number
    while ((newline = chunk.indexOf('\n', start)) >= 0) {
      this.buffered.push(chunk.slice(start, newline))
      const line = this.buffered.join('').trim()
      this.buffered = []
      start = newline + 1
      if (line) this.dispatch(line)
    }
    if (start < chunk.length) this.buffered.push(chunk.slice(start))
  }

  private dispatch(line: string): void {
    let message: any
    try {
      message = JSON.parse(line)
    } catch {
      return // the app-server logs to stderr; a stray non-JSON line on stdout is not ours to act on
    }
    if (message.method !== undefined) this.emit('message', message)
    if (message.method !== undefined && message.id !== undefined) {
      this.emit('request', { id: message.id, method: message.method, params: message.params })
    } else if (message.method !== undefined) {
      this.emit('notification', message.method, message.params)
    } else if (message.id !== undefined) {
      this.settle(message)
    }
  }

  private settle(message: { id: number, result?: unknown, error?: { code: number, message: string, data?: unknown } }): void {
    const pending = this.pending.get(message.id)
    if (!pending) return
    this.pending.delete(message.id)
    clearTimeout(pending.timer)
    if (message.error) {
      pending.reject(new GatewayError('CODEX_ERROR', message.error.message, { method: pending.method, rpcCode: message.error.code, data: message.error.data }))
    } else {
      pending.resolve(message.result)
    }
  }
}

function unavailable(message: string): GatewayError {
  return new GatewayError('CODEX_UNAVAILABLE', message)
}
