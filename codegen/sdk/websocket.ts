/**
 * The WebSocket the SDK runs on: the WHATWG one (Node 22+'s global, a browser's) by default,
 * or any object with the same shape (the `ws` package's WebSocket has it).
 */
import { withTimeout } from './listeners.ts'

/** The part of the WHATWG WebSocket the SDK uses. */
export interface WebSocketLike {
  readonly readyState: number
  send(data: string): void
  close(code?: number, reason?: string): void
  addEventListener(type: 'open', listener: () => void): void
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void
  addEventListener(type: 'close', listener: (event: { code: number, reason: string }) => void): void
  addEventListener(type: 'error', listener: (event: unknown) => void): void
}

/**
 * Opens a socket. `headers` is empty unless the endpoint needs one (the companion stream's
 * `Authorization`), which browsers cannot send: there, pass a factory that can.
 */
export type WebSocketFactory = (url: string, headers: Record<string, string>) => WebSocketLike

/** The global WebSocket; Node's (undici's) takes `{ headers }` as its second argument. */
export const globalWebSocket: WebSocketFactory = (url, headers) => {
  const WebSocketClass = (globalThis as { WebSocket?: new (url: string, options?: unknown) => WebSocketLike }).WebSocket
  if (!WebSocketClass) throw new Error('no global WebSocket here (Node 22+ and browsers have one): pass the `webSocket` option')
  return Object.keys(headers).length ? new WebSocketClass(url, { headers }) : new WebSocketClass(url)
}

/** `http(s)://host:port/…` as `ws(s)://host:port/…`. */
export function toWebSocketUrl(base: string, path: string): string {
  const url = new URL(path, base)
  url.protocol = url.protocol.replace(/^http/, 'ws')
  return url.toString()
}

/** What a caller hears from a socket; attached before it opens, so no early frame is missed. */
export interface SocketHandlers {
  message(data: unknown): void
  close(code: number, reason: string): void
}

/** Opens a socket and waits for `open`; a refused upgrade or a timeout rejects. */
export async function openSocket(factory: WebSocketFactory, url: string, headers: Record<string, string>, timeoutMs: number, on: SocketHandlers): Promise<WebSocketLike> {
  const ws = factory(url, headers)
  let open = false
  const opened = new Promise<void>((resolve, reject) => {
    ws.addEventListener('open', () => { open = true; resolve() })
    ws.addEventListener('error', () => reject(new Error(`WebSocket ${redact(url)} failed to open`)))
    ws.addEventListener('close', event => open ? on.close(event.code, event.reason) : reject(new Error(`WebSocket ${redact(url)} closed before it opened (${event.code})`)))
  })
  ws.addEventListener('message', event => on.message(event.data))
  try {
    await withTimeout(opened, timeoutMs, `WebSocket ${redact(url)} did not open within ${timeoutMs} ms`)
  } catch (error) {
    ws.close()
    throw error
  }
  return ws
}

/** The URL without its token, for error messages. */
function redact(url: string): string {
  return url.replace(/([?&]token=)[^&]*/, '$1…')
}

/** A text frame's JSON, or undefined for anything else. */
export function parseFrame(data: unknown): unknown {
  if (typeof data !== 'string') return undefined
  try { return JSON.parse(data) } catch { return undefined }
}
