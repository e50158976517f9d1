/** HTTP as bytes on a socket, for requests no client library would send (lying lengths, trickles). */
import { connect, type Socket } from 'node:net'
import { withTimeout } from '../../support/wait.ts'

export interface RawHttp {
  socket: Socket
  /** Everything the server sent so far. */
  received(): string
  /** Resolves with everything received once the server closed the connection. */
  closed: Promise<string>
  /** Resolves with the status line and body once a whole response head (and its body, if any) arrived. */
  response(timeoutMs?: number): Promise<{ status: number, body: string }>
}

/** Opens a connection to the gateway's HTTP port; write to `socket` as you please. */
export async function rawHttp(baseUrl: string): Promise<RawHttp> {
  const { hostname, port } = new URL(baseUrl)
  const socket = connect({ host: hostname, port: Number(port) })
  socket.on('error', () => {})
  let text = ''
  let wake = () => {}
  socket.setEncoding('utf8').on('data', (chunk: string) => { text += chunk; wake() })
  const closed = new Promise<string>(resolve => socket.once('close', () => { wake(); resolve(text) }))
  await withTimeout(new Promise(resolve => socket.once('connect', resolve)), 5000, 'no connection')
  return {
    socket,
    received: () => text,
    closed,
    response: (timeoutMs = 10_000) => withTimeout(new Promise(resolve => {
      wake = () => {
        const parsed = parseResponse(text)
        if (parsed) resolve(parsed)
      }
      wake()
    }), timeoutMs, `no whole response within ${timeoutMs} ms; got ${JSON.stringify(text.slice(0, 200))}`),
  }
}

function parseResponse(text: string): { status: number, body: string } | undefined {
  const end = text.indexOf('\r\n\r\n')
  if (end < 0) return undefined
  const head = text.slice(0, end)
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1])
  const length = /\r\ncontent-length: *(\d+)/i.exec(head)?.[1]
  const body = text.slice(end + 4)
  if (length !== undefined && Buffer.byteLength(body) < Number(length)) return undefined
  return { status, body }
}
