/** Starts the bare relay (bare-relay.ts) as a process of its own, like the gateway. */
import { spawn } from 'node:child_process'
import { stopProcess } from '../support/gateway.ts'
import { waitFor } from '../support/wait.ts'

export interface BareRelay {
  port: number
  pid: number
  stderr(): string
  stop(): Promise<void>
}

/** `nodeArgs` go to node (e.g. `--inspect=127.0.0.1:0`). */
export async function startBareRelay(codexHome: string, nodeArgs: string[] = []): Promise<BareRelay> {
  const child = spawn(process.execPath, [...nodeArgs, new URL('./bare-relay.ts', import.meta.url).pathname, codexHome], { stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk })
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => { stderr = (stderr + chunk).slice(-10_000) })
  const port = Number(await waitFor(() => /listening on (\d+)/.exec(stdout)?.[1], 20_000, () => `the bare relay did not start:\n${stderr}`))
  return { port, pid: child.pid!, stderr: () => stderr, stop: () => stopProcess(child) }
}
