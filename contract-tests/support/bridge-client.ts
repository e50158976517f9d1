/**
 * A bridge client for tests: a real WebSocket to `/`, request/response correlation by id, and
 * every frame checked against asyncapi.yaml's `bridge` channel — responses also against the
 * `Bridge…Result` schema of the request's type.
 */
import { WebSocket } from 'ws'
import { BRIDGE_METHODS } from '../../src/ws/bridge/bridge-methods.ts'
import { frameProblem, schemaProblem } from './spec-validator.ts'
import type { TestContext } from './gateway.ts'
import { withTimeout } from './wait.ts'

export class BridgeError extends Error {
  readonly code: string
  constructor(code: string, message: string) {
    super(message)
    this.code = code
  }
}

export interface BridgeClient {
  ws: WebSocket
  hello: any
  frames: any[]
  /** Sends a request and resolves with the response payload; rejects with BridgeError on an error frame. */
  request(type: string, payload?: object): Promise<any>
  /** Sends any text, for malformed-frame tests. */
  sendRaw(text: string): void
  /** The next frame matching `predicate` not taken yet. */
  next(predicate: (frame: any) => boolean, timeoutMs?: number): Promise<any>
  close(): void
}

export async function openBridge(t: TestContext, baseUrl: string, token: string, opts: { via?: 'query' | 'header' } = {}): Promise<BridgeClient> {
  const url = `${baseUrl.replace(/^http/, 'ws')}/${opts.via === 'header' ? '' : `?token=${encodeURIComponent(token)}`}`
  const ws = new WebSocket(url, opts.via === 'header' ? { headers: { 'x-bridge-token': token } } : {})
  const frames: any[] = []
  const taken = new Set<number>()
  const types = new Map<string, string>()
  let wake = () => {}
  let counter = 0
  ws.on('message', data => {
    const frame = JSON.parse(String(data))
    const problem = frameProblem('bridge', frame)
    if (problem) t.fail(`bridge frame does not match asyncapi.yaml: ${problem}`)
    if (frame.type === 'response') {
      const result = BRIDGE_METHODS[types.get(frame.id) ?? '']?.result
      const bad = result && schemaProblem(result, frame.payload)
      if (bad) t.fail(`bridge response does not match openapi.yaml: ${bad}`)
    }
    frames.push(frame)
    wake()
  })
  const next = (predicate: (frame: any) => boolean, timeoutMs = 30_000) => withTimeout(new Promise<any>(resolve => {
    const look = () => {
      const index = frames.findIndex((f, i) => !taken.has(i) && predicate(f))
      if (index < 0) return false
      taken.add(index)
      resolve(frames[index])
      return true
    }
    if (!look()) wake = () => { look() }
  }), timeoutMs, `no matching bridge frame within ${timeoutMs} ms`)
  await withTimeout(new Promise((resolve, reject) => { ws.once('open', resolve); ws.once('error', reject); ws.once('unexpected-response', (_q, res) => reject(new Error(`bridge refused: ${res.statusCode}`))) }), 10_000, 'bridge did not open')
  const hello = await next(f => f.type === 'hello', 5000)
  return {
    ws, hello, frames, next,
    async request(type, payload = {}) {
      const id = `r${++counter}`
      types.set(id, type)
      ws.send(JSON.stringify({ id, type, payload }))
      const answer = await next(f => (f.type === 'response' || f.type === 'error') && f.id === id)
      if (answer.type === 'error') throw new BridgeError(answer.error.code, answer.error.message)
      return answer.payload
    },
    sendRaw: text => ws.send(text),
    close: () => ws.close(),
  }
}
