import { spawn, type ChildProcess } from 'node:child_process'
import { EventEmitter } from 'node:events'
import { GatewayError } from '../errors.ts'
import { codexCommand } from './codex-bin.ts'
import { JsonRpcConnection, type ServerRequest } from './json-rpc.ts'
import type { InitializeResponse } from '../../generated/codex/InitializeResponse.ts'

export type CodexState = 'starting' | 'ready' | 'restarting' | 'stopped'

export interface AppServerOptions {
  codexBin?: string
  codexHome: string
  /** Working directory of the child (default: the gateway's). */
  cwd?: string
  /** Per-request timeout. */
  requestTimeoutMs?: number
  clientVersion: string
  log?: (line: string) => void
}

export interface AppServerEvents {
  notification: [method: string, params: any]
  serverRequest: [request: ServerRequest]
  /** Every notification and server request exactly as the child sent it. */
  message: [message: { method: string, id?: ServerRequest['id'], params?: unknown }]
  /** The child went away; every pending request has failed with `error`. */
  down: [error: GatewayError]
  ready: []
}

const BACKOFF_MIN_MS = 200
const BACKOFF_MAX_MS = 10_000
/** A child that stayed up this long resets the backoff. */
const STABLE_MS = 30_000
const CRASH_LOOP_FAILURES = 2

/**
 * Supervises one `codex app-server` child: spawns it, runs the initialize handshake,
 * restarts it with backoff when it exits, and stops it (no orphan) on shutdown.
 */
export class AppServer extends EventEmitter<AppServerEvents> {
  state: CodexState = 'stopped'
  /** Restarts since the last stable run: a crash loop shows here. */
  consecutiveFailures = 0
  lastError?: string
  private child?: ChildProcess
  private rpc?: JsonRpcConnection
  private ready?: Promise<void>
  private restartTimer?: NodeJS.Timeout
  private startedAt = 0
  private stopping = false
  private readonly options: AppServerOptions

  constructor(options: AppServerOptions) {
    super()
    this.options = options
  }

  /** Starts the child and resolves once it answered `initialize`. */
  start(): Promise<void> {
    this.stopping = false
    this.state = this.state === 'stopped' ? 'starting' : 'restarting'
    this.ready = this.spawnChild()
    this.ready.catch(() => {}) // failures are handled by the exit path; callers awaiting start() still see them
    return this.ready
  }

  /** Sends a request to the app-server, waiting briefly for a restart in progress. */
  async request<T = any>(method: string, params: unknown, options?: { timeoutMs?: number }): Promise<T> {
    return (await this.connection()).request<T>(method, params, options)
  }

  /** Like request(), resolving with the raw envelope `{id, result}` as the app-server sent it. */
  async requestEnvelope<T = any>(method: string, params: unknown, options?: { timeoutMs?: number }): Promise<{ id: number, result: T }> {
    return (await this.connection()).requestEnvelope<T>(method, params, options)
  }

  respond(request: ServerRequest, result: unknown): boolean {
    return this.rpc?.respond(request.id, result) ?? false
  }

  respondError(request: ServerRequest, error: { code: number, message: string }): boolean {
    return this.rpc?.respondError(request.id, error) ?? false
  }

  /** Stops the child (SIGTERM, then SIGKILL after a grace period) and never restarts it. */
  async stop(): Promise<void> {
    this.stopping = true
    this.state = 'stopped'
    clearTimeout(this.restartTimer)
    const child = this.child
    if (!child || child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise(resolve => child.once('exit', resolve))
    child.kill('SIGTERM')
    const force = setTimeout(() => child.kill('SIGKILL'), 3000)
    await exited
    clearTimeout(force)
  }

  /** Failing again and again: callers are told at once instead of waiting for the next attempt. */
  get inCrashLoop(): boolean {
    return this.state !== 'ready' && this.consecutiveFailures >= CRASH_LOOP_FAILURES
  }

  get pid(): number | undefined {
    return this.child?.pid
  }

  /** The connection to a ready child, waiting briefly for a restart in progress. */
  private async connection(): Promise<JsonRpcConnection> {
    if (this.state === 'stopped') throw new GatewayError('CODEX_UNAVAILABLE', 'the Codex app-server is stopped')
    if (this.inCrashLoop) throw new GatewayError('CODEX_UNAVAILABLE', `the Codex app-server keeps failing: ${this.lastError ?? 'see the gateway log'}`)
    if (this.state !== 'ready') await this.waitReady()
    return this.rpc!
  }

  private async waitReady(): Promise<void> {
    const timeoutMs = this.options.requestTimeoutMs ?? 30_000
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new GatewayError('CODEX_UNAVAILABLE', `the Codex app-server is ${this.state}${this.lastError ? `: ${this.lastError}` : ''}`)), timeoutMs)
    })
    try {
      // A start attempt may fail and be followed by another: wait for the state, not one attempt.
      while (this.state !== 'ready') {
        if (this.state === 'stopped') throw new GatewayError('CODEX_UNAVAILABLE', 'the Codex app-server is stopped')
        await Promise.race([new Promise(resolve => this.once('ready', resolve as () => void)), timeout])
      }
    } finally {
      clearTimeout(timer)
    }
  }

  private async spawnChild(): Promise<void> {
    const { command, prefixArgs } = codexCommand(this.options.codexBin)
    const child = spawn(command, [...prefixArgs, 'app-server'], {
      env: { ...process.env, CODEX_HOME: this.options.codexHome },
      cwd: this.options.cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    this.child = child
    this.startedAt = Date.now()
    const rpc = new JsonRpcConnection(child.stdout!, child.stdin!, { timeoutMs: this.options.requestTimeoutMs ?? 30_000 })
    this.rpc = rpc
    rpc.on('notification', (method, params) => this.emit('notification', method, params))
    rpc.on('request', request => this.emit('serverRequest', request))
    rpc.on('message', message => this.emit('message', message))
    let stderrTail = ''
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => { stderrTail = (stderrTail + chunk).slice(-4000) })
    child.once('error', error => { this.lastError = error.message; rpc.close(`the Codex app-server could not start (${error.message})`) })
    child.once('exit', (code, signal) => rpc.close(`the Codex app-server exited (${signal ?? `code ${code}`})`))
    rpc.once('close', () => this.onDown(child, stderrTail))

    try {
      await rpc.request<InitializeResponse>('initialize', {
        clientInfo: { name: 'codex-gateway', title: 'codex-gateway', version: this.options.clientVersion },
        capabilities: { experimentalApi: true },
      })
    } catch (error) {
      const why = this.lastError ?? (stderrReason(stderrTail) || (error as Error).message)
      throw new GatewayError('CODEX_UNAVAILABLE', `the Codex app-server failed to start: ${why}`, undefined, { cause: error })
    }
    rpc.notify('initialized')
    this.state = 'ready'
    this.lastError = undefined
    this.options.log?.(`codex app-server ready (pid ${child.pid})`)
    this.emit('ready')
  }

  private onDown(child: ChildProcess, stderrTail: string): void {
    if (child !== this.child) return
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL') // stdout closed but the process lingers
    if (this.stopping) return
    this.lastError = this.lastError ?? (stderrReason(stderrTail) || undefined)
    const error = new GatewayError('CODEX_UNAVAILABLE', 'the Codex app-server went away; restarting it')
    this.emit('down', error)
    this.consecutiveFailures = Date.now() - this.startedAt > STABLE_MS ? 1 : this.consecutiveFailures + 1
    const delay = Math.min(BACKOFF_MAX_MS, BACKOFF_MIN_MS * 2 ** (this.consecutiveFailures - 1))
    this.state = 'restarting'
    this.options.log?.(`codex app-server went away; restarting in ${delay} ms`)
    this.restartTimer = setTimeout(() => {
      this.ready = this.spawnChild()
      this.ready.catch(error => { this.lastError = error.message })
    }, delay)
  }
}

/**
 * Why the app-server gave up, from its stderr: its `Error: …` line (a bad config.toml says
 * exactly what to remove), else the last line that is not part of a stack backtrace.
 */
function stderrReason(text: string): string {
  const lines = text.trim().split('\n').map(line => line.trim()).filter(Boolean)
  const error = lines.findLast(line => line.startsWith('Error: '))
  if (error) return error.slice('Error: '.length)
  return lines.findLast(line => line !== 'Stack backtrace:' && !/^\d+: /.test(line) && !line.startsWith('at ')) ?? ''
}
