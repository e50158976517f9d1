/** A lean bridge client for timing requests: no validation, ids correlated, events to a listener. */
import { WebSocket } from 'ws'
import { withTimeout } from '../support/wait.ts'

export interface BridgeRpc {
  request(type: string, payload?: object): Promise<any>
  onEvent(listener: (frame: any) => void): void
  close(): void
}

export async function openBridgeRpc(url: string, token: string): Promise<BridgeRpc> {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/?token=${encodeURIComponent(token)}`, { perMessageDeflate: false })
  const pending = new Map<string, { resolve: (v: any) => void, reject: (e: Error) => void }>()
  const listeners: ((frame: any) => void)[] = []
  let counter = 0
  ws.on('message', data => {
    const frame = JSON.parse(String(data))
    if (frame.type === 'event') return listeners.forEach(listener => listener(frame))
    const waiter = pending.get(frame.id)
    if (!waiter) return
    pending.delete(frame.id)
    if (frame.type === 'error') waiter.reject(new Error(`${frame.error.code}: ${frame.error.message}`))
    else waiter.resolve(frame.payload)
  })
  await withTimeout(new Promise((resolve, reject) => { ws.once('open', resolve); ws.once('error', reject) }), 10_000, 'the bridge did not open')
  return {
    request(type, payload = {}) {
      const id = `b${++counter}`
      ws.send(JSON.stringify({ id, type, payload }))
      return withTimeout(new Promise((resolve, reject) => pending.set(id, { resolve, reject })), 120_000, `no answer to ${type}`)
    },
    onEvent: listener => { listeners.push(listener) },
    close: () => ws.close(),
  }
}
