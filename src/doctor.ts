import { execFile } from 'node:child_process'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:net'
import { promisify } from 'node:util'
import { AppServer } from './codex/app-server.ts'
import { codexCommand } from './codex/codex-bin.ts'
import type { GatewayConfig } from './config.ts'
import { VERSION } from './version.ts'

const run = promisify(execFile)

interface Check {
  name: string
  check(config: GatewayConfig): Promise<string>
}

const CHECKS: Check[] = [
  {
    name: 'codex binary',
    async check(config) {
      const { command, prefixArgs } = codexCommand(config.codexBin)
      const { stdout } = await run(command, [...prefixArgs, '--version'], { timeout: 10_000 })
      return stdout.trim()
    },
  },
  {
    name: 'codex app-server starts',
    async check(config) {
      const server = new AppServer({ codexBin: config.codexBin, codexHome: config.codexHome, clientVersion: VERSION, requestTimeoutMs: 20_000 })
      try {
        await server.start()
        return `initialized with CODEX_HOME=${config.codexHome}`
      } finally {
        await server.stop()
      }
    },
  },
  {
    name: 'git',
    async check() {
      return (await run('git', ['--version'], { timeout: 10_000 })).stdout.trim()
    },
  },
  {
    name: 'data dir',
    async check({ dataDir }) {
      const info = await stat(dataDir).catch(() => undefined)
      if (!info) return `${dataDir} does not exist yet; serve creates it (0700)`
      if (!info.isDirectory()) throw new Error(`${dataDir} is not a directory`)
      if ((info.mode & 0o077) !== 0) throw new Error(`${dataDir} is readable by others (mode ${(info.mode & 0o777).toString(8)}); run chmod 700 ${dataDir}`)
      return `${dataDir} (0700)`
    },
  },
  {
    name: 'ports free',
    async check({ host, port, daemonPort }) {
      for (const p of [port, daemonPort]) await assertFree(host, p)
      return `${host}:${port} and ${host}:${daemonPort}`
    },
  },
]

/** Runs every check, prints `ok`/`FAIL` lines, and returns whether all passed. */
export async function runDoctor(config: GatewayConfig, print: (line: string) => void): Promise<boolean> {
  let allPassed = true
  for (const { name, check } of CHECKS) {
    try {
      print(`ok    ${name}: ${await check(config)}`)
    } catch (error) {
      allPassed = false
      print(`FAIL  ${name}: ${(error as Error).message.trim()}`)
    }
  }
  return allPassed
}

function assertFree(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', (error: NodeJS.ErrnoException) => reject(new Error(`${host}:${port} is taken (${error.code})`)))
    probe.listen(port, host, () => probe.close(() => resolve()))
  })
}
