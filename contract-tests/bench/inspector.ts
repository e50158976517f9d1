/**
 * The heap of a process (the gateway, the bare relay) started with `--inspect=127.0.0.1:0`, read over the inspector protocol
 * after a full garbage collection: RSS alone cannot show what 1,000 sockets cost, because new
 * objects first fill heap the process already holds.
 */
import { WebSocket } from 'ws'
import { withTimeout } from '../support/wait.ts'

export interface HeapProbe {
  /** V8 heap used + external memory, in bytes, after a full GC. */
  usedAfterGc(): Promise<number>
  close(): void
}

/** Connects to the inspector a process announced on stderr (`Debugger listening on ws://…`). */
export async function openHeapProbe(stderr: string): Promise<HeapProbe> {
  const url = /Debugger listening on (ws:\/\/\S+)/.exec(stderr)?.[1]
  if (!url) throw new Error('the process was not started with --inspect')
  const ws = new WebSocket(url, { perMessageDeflate: false })
  await withTimeout(new Promise((resolve, reject) => { ws.once('open', resolve); ws.once('error', reject) }), 10_000, 'no inspector connection')
  const pending = new Map<number, (result: any) => void>()
  ws.on('message', data => {
    const message = JSON.parse(String(data))
    pending.get(message.id)?.(message.result)
    pending.delete(message.id)
  })
  let id = 0
  const call = (method: string, params: object = {}) => withTimeout(new Promise<any>(resolve => {
    pending.set(++id, resolve)
    ws.send(JSON.stringify({ id, method, params }))
  }), 30_000, `no answer to ${method}`)
  return {
    async usedAfterGc() {
      await call('HeapProfiler.collectGarbage')
      const { result } = await call('Runtime.evaluate', { expression: 'JSON.stringify(process.memoryUsage())' })
      const usage = JSON.parse(result.value)
      return usage.heapUsed + usage.external
    },
    close: () => ws.close(),
  }
}
