/** The orchestrator's handle on the measuring clients' process (clients.ts). */
import { fork, type ChildProcess } from 'node:child_process'
import type { Command, RunResult } from './clients.ts'
import type { FleetOptions, Target } from './fleet.ts'

export class ClientsProcess {
  private readonly child: ChildProcess
  private readonly pending = new Map<number, { resolve: (value: any) => void, reject: (error: Error) => void }>()
  private nextId = 0

  constructor() {
    this.child = fork(new URL('./clients.ts', import.meta.url), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    this.child.on('message', ({ id, result, error }: { id: number, result?: unknown, error?: string }) => {
      const waiter = this.pending.get(id)
      this.pending.delete(id)
      if (error) waiter?.reject(new Error(`clients: ${error}`))
      else waiter?.resolve(result)
    })
    this.child.on('exit', code => {
      for (const waiter of this.pending.values()) waiter.reject(new Error(`the clients process exited (${code})`))
      this.pending.clear()
    })
  }

  get pid(): number {
    return this.child.pid!
  }

  private call<T>(command: Command, timeoutMs = 600_000): Promise<T> {
    const id = ++this.nextId
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => { this.pending.delete(id); reject(new Error(`clients: no answer to ${command.cmd} within ${timeoutMs} ms`)) }, timeoutMs)
      this.pending.set(id, { resolve: v => { clearTimeout(timer); resolve(v) }, reject: e => { clearTimeout(timer); reject(e) } })
      this.child.send({ id, ...command })
    })
  }

  init(options: Omit<FleetOptions, 'rawServer'> & { rawHome: string }): Promise<void> {
    return this.call({ cmd: 'init', options })
  }

  open(target: Target, n: number): Promise<{ sessionId: string }> {
    return this.call({ cmd: 'open', target, n })
  }

  run(text: string): Promise<RunResult> {
    return this.call({ cmd: 'run', text })
  }

  close(): Promise<void> {
    return this.call({ cmd: 'close' })
  }

  latency(targets: Target[], samples: number, text: string): Promise<Record<string, number[]>> {
    return this.call({ cmd: 'latency', targets, samples, text })
  }

  /** Disconnecting makes the process stop its raw app-server and exit. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return
    const exited = new Promise(resolve => this.child.once('exit', resolve))
    this.child.disconnect()
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000)
    await exited
    clearTimeout(timer)
  }
}
