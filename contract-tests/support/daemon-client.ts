/**
 * A daemon-face client for contract tests: one real TCP (or TLS) connection, newline-delimited
 * JSON. Every frame received is checked against asyncapi.yaml's `daemon` channel, and every
 * response also against its own method's result message (or the error message).
 */
import { connect as connectTcp, type Socket } from 'node:net'
import { connect as connectTls } from 'node:tls'
import { validatorFor, describeErrors } from '../../src/http/validation.ts'
import { frameProblem } from './spec-validator.ts'
import type { TestContext } from './gateway.ts'
import { withTimeout } from './wait.ts'

export interface DaemonClientOptions {
  /** Device token for `auth` right after connecting; null connects without authenticating. */
  token?: string | null
  /** Speak TLS (the test certificate is self-signed, so it is not verified). */
  tls?: boolean
}

/** A failed call: the daemon's `{id, error}` frame. */
export class DaemonCallError extends Error {
  readonly code: string
  readonly frame: any

  constructor(frame: any) {
    super(frame.error.message)
    this.code = frame.error.code
    this.frame = frame
  }
}

export type DaemonClient = Awaited<ReturnType<typeof openDaemon>>

const pascal = (method: string) => method.replace(/(^|_)([a-z])/g, (_m, _u, c: string) => c.toUpperCase())

export async function openDaemon(t: TestContext, port: number, options: DaemonClientOptions = {}) {
  const socket: Socket = options.tls
    ? connectTls({ host: '127.0.0.1', port, rejectUnauthorized: false })
    : connectTcp({ host: '127.0.0.1', port })
  t.teardown(() => { socket.destroy() })
  await withTimeout(new Promise((resolve, reject) => {
    socket.once(options.tls ? 'secureConnect' : 'connect', resolve)
    socket.once('error', reject)
  }), 10_000, `daemon port ${port} did not accept a connection`)
  socket.on('error', () => {})
  const closed = new Promise<void>(resolve => socket.once('close', () => resolve()))

  const frames: any[] = []
  const notifications: any[] = []
  const orphans: any[] = []
  const waiting = new Map<number | string, { method: string, resolve: (frame: any) => void }>()
  const wakers = new Set<() => void>()
  let buffered = ''
  let nextId = 1

  const receive = (frame: any) => {
    frames.push(frame)
    const problem = frameProblem('daemon', frame)
    if (problem) t.fail(`daemon frame does not match asyncapi.yaml: ${problem}`)
    if (frame.method !== undefined) notifications.push(frame)
    else if (frame.id === null) orphans.push(frame)
    else {
      const pending = waiting.get(frame.id)
      waiting.delete(frame.id)
      if (pending) checkResponse(t, pending.method, frame)
      pending?.resolve(frame)
    }
    for (const wake of [...wakers]) wake()
  }
  socket.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk
    for (let newline = buffered.indexOf('\n'); newline >= 0; newline = buffered.indexOf('\n')) {
      const line = buffered.slice(0, newline)
      buffered = buffered.slice(newline + 1)
      receive(JSON.parse(line))
    }
  })

  /** Sends a request and resolves with its response frame (`{id, result}` or `{id, error}`). */
  function request(method: string, params?: unknown, timeoutMs = 30_000): Promise<any> {
    const id = nextId++
    const answer = new Promise(resolve => waiting.set(id, { method, resolve }))
    socket.write(`${JSON.stringify(params === undefined ? { id, method } : { id, method, params })}\n`)
    return withTimeout(answer, timeoutMs, `no answer to ${method} within ${timeoutMs} ms`)
  }

  /** The first frame matching `match` among those not taken yet, waiting up to `timeoutMs`. */
  function take(list: any[], match: (frame: any) => boolean, timeoutMs: number, what: string): Promise<any> {
    let look = () => {}
    const found = new Promise((resolve, reject) => {
      look = () => {
        const index = list.findIndex(match)
        if (index < 0) return
        wakers.delete(look)
        resolve(list.splice(index, 1)[0])
      }
      wakers.add(look)
      look()
      // Once the gateway hung up nothing more can come: say so now rather than at the timeout.
      void closed.then(() => {
        look()
        reject(new Error(`the daemon closed the connection with no ${what} received`))
      })
    })
    return withTimeout(found, timeoutMs, `no ${what} within ${timeoutMs} ms`).finally(() => wakers.delete(look))
  }

  const client = {
    socket, frames, notifications, closed,
    request,
    /** Calls a method and resolves with its result; rejects with DaemonCallError on an error frame. */
    async call(method: string, params?: unknown, timeoutMs?: number): Promise<any> {
      const frame = await request(method, params, timeoutMs)
      if (frame.error) throw new DaemonCallError(frame)
      return frame.result
    },
    /** Writes raw bytes (a malformed or over-long line). */
    write: (data: string | Buffer) => socket.write(data),
    /** The next error frame that answered no request (`id: null`). */
    nextOrphan: (timeoutMs = 10_000) => take(orphans, () => true, timeoutMs, 'error frame with id null'),
    /** The next `app-server-event` whose upstream message matches. */
    nextEvent: (match: (message: any, workspaceId: string) => boolean, timeoutMs = 30_000, what = 'matching app-server-event') =>
      take(notifications, frame => frame.method === 'app-server-event' && match(frame.params.message, frame.params.workspace_id), timeoutMs, what),
    close: () => socket.destroy(),
  }
  if (options.token) await client.call('auth', { token: options.token })
  return client
}

/** A response must also match its own method's result message, or the error message. */
function checkResponse(t: TestContext, method: string, frame: any): void {
  const key = frame.error ? 'message_daemonError' : `message_daemon${pascal(method)}Result`
  const validate = validatorFor(key)
  if (!validate) t.fail(`asyncapi.yaml has no ${key} for a ${method} response`)
  else if (!validate(frame)) t.fail(`${method} response does not match ${key}: ${describeErrors('frame', validate.errors ?? [])}`, { frame })
}

/** The error a daemon call failed with; throws if it succeeded. */
export async function refusal(call: Promise<unknown>): Promise<DaemonCallError> {
  try {
    await call
  } catch (error) {
    if (error instanceof DaemonCallError) return error
    throw error
  }
  throw new Error('the call succeeded')
}
