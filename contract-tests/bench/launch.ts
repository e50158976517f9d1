/**
 * Starts the gateway through its CLI (as a user would) on a CODEX_HOME prepared beforehand,
 * and times the start: spawn → first `/healthz` 200 (the gateway alone) and → `ok: true`
 * (Codex ready too). Unlike the test harness, nothing here validates responses: the bench
 * measures, the contract tests check.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { createServer, type AddressInfo } from 'node:net'
import { join } from 'node:path'
import { CLI, issueToken, stopProcess, withOurNode } from '../support/gateway.ts'

export interface BenchGateway {
  url: string
  token: string
  pid: number
  child: ChildProcess
  dataDir: string
  codexHome: string
  /** ms from spawn to the first /healthz 200, and to `ok: true`. */
  startup: { healthz: number, ready: number }
  stderr(): string
  stop(): Promise<void>
}

/**
 * The CLI to start: this checkout's, or BENCH_CLI's (another checkout's `src/cli.ts`, to measure
 * a before and an after with the same bench). It is run as the executable it is, so the gateway
 * runs with the node settings of its first line, as it does for its users.
 */
const GATEWAY_CLI = process.env.BENCH_CLI ?? CLI

/** Starts `codex-gateway serve` on a free port; `nodeArgs` go to node through NODE_OPTIONS (e.g. `--cpu-prof`). */
export async function launchGateway(codexHome: string, opts: { nodeArgs?: string[], dataDir?: string } = {}): Promise<BenchGateway> {
  const dataDir = opts.dataDir ?? join(await mkdtemp(join(tmpdir(), 'bench-data-')), 'data')
  const { token } = await issueToken(dataDir, 'bench')
  const out = { stdout: '', stderr: '' }
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const started = performance.now()
  const nodeOptions = opts.nodeArgs?.length ? { NODE_OPTIONS: opts.nodeArgs.join(' ') } : {}
  const child = spawn(GATEWAY_CLI, ['serve', '--port', String(port), '--daemon-port', '0', '--data-dir', dataDir, '--codex-home', codexHome],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PATH: withOurNode(), ...nodeOptions } })
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => { out.stdout += chunk })
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => { out.stderr = (out.stderr + chunk).slice(-20_000) })
  const healthz = await pollHealth(child, url, started, () => true, () => out.stderr)
  const ready = await pollHealth(child, url, started, health => health.ok, () => out.stderr)
  return {
    url, token, pid: child.pid!, child, dataDir, codexHome,
    startup: { healthz, ready },
    stderr: () => out.stderr,
    async stop() {
      await stopProcess(child)
      await rm(join(dataDir, '..'), { recursive: true, force: true })
    },
  }
}

/** Polls every 5 ms: ms since spawn when /healthz first answers 200 with a body `want` accepts. */
async function pollHealth(child: ChildProcess, url: string, started: number, want: (health: { ok: boolean }) => boolean, stderr: () => string): Promise<number> {
  while (performance.now() - started < 60_000) {
    if (child.exitCode !== null) throw new Error(`the gateway exited with ${child.exitCode}:\n${stderr()}`)
    const health = await fetchHealth(url)
    if (health && want(health)) return performance.now() - started
    await new Promise(resolve => setTimeout(resolve, 5))
  }
  throw new Error(`/healthz did not answer as wanted within 60 s:\n${stderr()}`)
}

/** A port nobody listens on right now (the kernel's pick, released at once). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
  })
}

async function fetchHealth(url: string): Promise<{ ok: boolean } | undefined> {
  try {
    const response = await fetch(`${url}/healthz`)
    return response.status === 200 ? await response.json() as { ok: boolean } : undefined
  } catch {
    return undefined
  }
}
