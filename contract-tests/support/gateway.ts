/**
 * startGateway(): the gateway started through its CLI on port 0, against the real
 * `codex app-server` of the pinned @openai/codex, with a temp CODEX_HOME whose model
 * provider is the scripted fake. Every response and frame it sees is checked against
 * openapi.yaml / asyncapi.yaml; a mismatch fails the test.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { promisify } from 'node:util'
import type { Test } from 'tap'
import { WebSocket } from 'ws'
import { makeCodexHome, makeGitRepo, makeUserHome, type CodexHomeOptions } from './codex-home.ts'
import { startFakeModel, type FakeModel, type ModelResponse } from './fake-model.ts'
import { openBridge } from './bridge-client.ts'
import { openDaemon, type DaemonClientOptions } from './daemon-client.ts'
import { frameProblem, responseProblem } from './spec-validator.ts'
import { waitFor, withTimeout } from './wait.ts'

export const CLI = join(import.meta.dirname, '../../src/cli.ts')

/** PATH with the node running this first, for the CLI's `#!/usr/bin/env node` line. */
export function withOurNode(): string {
  return `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`
}

/** The part of tap's Test that the harness uses. */
export type TestContext = Pick<Test, 'teardown' | 'fail' | 'passing'>

export interface GatewayOptions {
  /** The scripted model's responses, in order. */
  model?: ModelResponse[]
  /** How the temp CODEX_HOME is configured (policy, sandbox, extra TOML). */
  codex?: CodexHomeOptions
  /** Extra CLI flags for `serve`. */
  flags?: string[]
  /** Extra environment for the gateway process. */
  env?: Record<string, string>
  /** Use this data dir (kept afterwards) instead of a fresh temp one. */
  dataDir?: string
  /** Wait for Codex to be ready before returning (default true). */
  waitForCodex?: boolean
}

export interface Reply<T = any> {
  status: number
  headers: Headers
  body: T
}

export async function startGateway(t: TestContext, options: GatewayOptions = {}) {
  const model = await startFakeModel(options.model ?? [])
  const codexHome = await makeCodexHome(model.url, options.codex)
  const dataDir = options.dataDir ?? join(await mkdtemp(join(tmpdir(), 'gateway-data-')), 'data')
  const repo = await makeGitRepo()
  const userHome = await makeUserHome()
  const output = { stdout: '', stderr: '' }
  const args = ['serve', '--port', '0', '--daemon-port', '0', '--data-dir', dataDir, '--codex-home', codexHome, ...(options.flags ?? [])]
  /** Starts the CLI as its users do (the executable, whose first line says how node runs it) and waits until it says where it listens. */
  async function launch() {
    output.stdout = ''
    const child = spawn(CLI, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PATH: withOurNode(), HOME: userHome, ...options.env } })
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => { output.stdout += chunk })
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => { output.stderr += chunk })
    const url = await waitFor(() => /listening on (https?:\/\/\S+)/.exec(output.stdout)?.[1], 20_000, () => `the gateway did not start:\n${output.stderr}`)
    const daemonPort = Number(await waitFor(() => /daemon listening on \S+:(\d+)/.exec(output.stdout)?.[1], 20_000, () => `the daemon did not start:\n${output.stderr}`))
    return { child, url, daemonPort }
  }
  const sockets = new Set<WebSocket>()
  let current = await launch()
  t.teardown(async () => {
    // What the gateway said is most of what there is to go on when a test fails on CI.
    if (!t.passing()) console.error(`--- the gateway's log (last 4000 characters):\n${output.stderr.slice(-4000)}\n---`)
    for (const ws of sockets) ws.terminate()
    await stopProcess(current.child)
    await model.close()
    await Promise.all([codexHome, ...options.dataDir ? [] : [dataDir], repo, userHome].map(dir => rm(dir, { recursive: true, force: true })))
  })

  const { token, deviceId } = await issueToken(dataDir, 'contract-test')

  async function request<T = any>(method: string, path: string, body?: unknown, opts: { token?: string | null, raw?: string, headers?: Record<string, string> } = {}): Promise<Reply<T>> {
    const auth = opts.token === null ? {} : { authorization: `Bearer ${opts.token ?? token}` }
    const payload = opts.raw ?? (body === undefined ? undefined : JSON.stringify(body))
    const response = await fetch(current.url + path, {
      method,
      headers: { ...auth, ...(payload !== undefined ? { 'content-type': 'application/json' } : {}), ...opts.headers },
      body: payload,
    })
    const text = await response.text()
    const json = text ? JSON.parse(text) : undefined
    const problem = responseProblem(method, path, response.status, json)
    if (problem) t.fail(`response does not match openapi.yaml: ${problem}`, { body: json })
    return { status: response.status, headers: response.headers, body: json }
  }

  const gateway = {
    get url() { return current.url },
    get process() { return current.child },
    /** The daemon face's TCP port (`--daemon-port 0` picks one; it changes on restart). */
    get daemonPort() { return current.daemonPort },
    token, deviceId, dataDir, codexHome, repo, model, output,
    /** Stops the gateway (SIGTERM) and starts it again on the same data dir and CODEX_HOME. */
    async restart() {
      for (const ws of sockets) ws.terminate()
      await stopProcess(current.child)
      current = await launch()
      await waitFor(async () => (await gateway.get('/healthz')).body.ok || undefined, 30_000, () => `Codex did not become ready:\n${output.stderr}`)
    },
    request,
    get: <T = any>(path: string, opts?: Parameters<typeof request>[3]) => request<T>('GET', path, undefined, opts),
    post: <T = any>(path: string, body?: unknown, opts?: Parameters<typeof request>[3]) => request<T>('POST', path, body, opts),
    /** Opens the companion stream of a chat; frames are validated against asyncapi.yaml. */
    stream: (chatId: string, opts: { token?: string } = {}) => openStream(t, current.url, chatId, opts.token ?? token, sockets),
    /** Opens a bridge connection (token in the query, or in the x-bridge-token header). */
    bridge: (opts: { token?: string, via?: 'query' | 'header' } = {}) => openBridge(t, current.url, opts.token ?? token, opts).then(client => {
      sockets.add(client.ws)
      return client
    }),
    /** Opens a daemon TCP connection (authenticated unless `token: null`); every frame is validated against asyncapi.yaml. */
    daemon: (opts: DaemonClientOptions = {}) => openDaemon(t, current.daemonPort, { token, ...opts }),
    /** Creates a chat in the temp repo and returns its id. */
    async createChat(cwd = repo): Promise<string> {
      const reply = await request('POST', '/v1/chats', { cwd })
      if (reply.status !== 201) throw new Error(`chat create failed: ${JSON.stringify(reply.body)}`)
      return reply.body.data.chatId
    },
  }
  if (options.waitForCodex !== false) {
    await waitFor(async () => (await gateway.get('/healthz')).body.ok || undefined, 30_000, () => `Codex did not become ready:\n${output.stderr}`)
  }
  return gateway
}

export type Gateway = Awaited<ReturnType<typeof startGateway>>

/** `codex-gateway token issue` against a data dir, as a user would run it. */
export async function issueToken(dataDir: string, name: string): Promise<{ token: string, deviceId: string }> {
  const { stdout } = await promisify(execFile)(process.execPath, [CLI, 'token', 'issue', '--name', name, '--data-dir', dataDir])
  return JSON.parse(stdout)
}

/** SIGTERM, then SIGKILL if the process lingers; resolves once it exited. */
export async function stopProcess(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise(resolve => child.once('exit', resolve))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
  await exited
  clearTimeout(timer)
}

export interface Stream {
  ws: WebSocket
  frames: any[]
  /** The earliest frame of `type` not taken yet (waiting for one if needed); fails after `timeoutMs`. */
  next(type: string, timeoutMs?: number): Promise<any>
  close(): void
}

async function openStream(t: TestContext, base: string, chatId: string, token: string, sockets: Set<WebSocket>): Promise<Stream> {
  const ws = new WebSocket(`${base.replace(/^http/, 'ws')}/v1/stream?chatId=${encodeURIComponent(chatId)}`, { headers: { authorization: `Bearer ${token}` } })
  sockets.add(ws)
  const frames: any[] = []
  const taken = new Set<number>()
  let wake = () => {}
  ws.on('message', data => {
    const frame = JSON.parse(String(data))
    const problem = frameProblem('companionStream', frame)
    if (problem) t.fail(`frame does not match asyncapi.yaml: ${problem}`)
    frames.push(frame)
    wake()
  })
  await withTimeout(new Promise((resolve, reject) => { ws.once('open', resolve); ws.once('error', reject); ws.once('unexpected-response', (_req, res) => reject(new Error(`stream refused: ${res.statusCode}`))) }), 10_000, 'stream did not open')
  return {
    ws,
    frames,
    async next(type: string, timeoutMs = 30_000) {
      return withTimeout(new Promise(resolve => {
        const look = () => {
          const index = frames.findIndex((f, i) => !taken.has(i) && f.type === type)
          if (index < 0) return false
          taken.add(index)
          resolve(frames[index])
          return true
        }
        if (!look()) wake = () => { look() }
      }), timeoutMs, `no ${type} frame within ${timeoutMs} ms; got ${frames.filter((_, i) => !taken.has(i)).map(f => f.type).join(', ') || 'nothing'}`)
    },
    close: () => ws.close(),
  }
}
