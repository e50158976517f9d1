/**
 * A WebSocket client made of bytes: a real upgrade handshake on a net.Socket, then any frame at
 * all — unmasked, with reserved opcodes, broken UTF-8, lying lengths — so hostile-input tests can
 * send what no well-behaved library would. Frames from the server are parsed back, so a test can
 * read the close code it was given.
 */
import { randomBytes } from 'node:crypto'
import { connect, type Socket } from 'node:net'
import { withTimeout } from '../../support/wait.ts'

export interface FrameOptions {
  fin?: boolean
  /** Mask the payload as a client must (default true). */
  mask?: boolean
  rsv?: number
  /** Claim this payload length in the header instead of the real one. */
  declaredLength?: number
}

/** One frame as bytes. */
export function frame(opcode: number, payload: Buffer | string = Buffer.alloc(0), options: FrameOptions = {}): Buffer {
  const data = typeof payload === 'string' ? Buffer.from(payload) : payload
  const length = options.declaredLength ?? data.length
  const mask = options.mask ?? true
  const head = [((options.fin ?? true) ? 0x80 : 0) | ((options.rsv ?? 0) << 4) | opcode]
  const maskBit = mask ? 0x80 : 0
  let ext = Buffer.alloc(0)
  if (length < 126) head.push(maskBit | length)
  else if (length < 65536) { head.push(maskBit | 126); ext = Buffer.alloc(2); ext.writeUInt16BE(length) }
  else { head.push(maskBit | 127); ext = Buffer.alloc(8); ext.writeBigUInt64BE(BigInt(length)) }
  if (!mask) return Buffer.concat([Buffer.from(head), ext, data])
  const key = randomBytes(4)
  const masked = Buffer.from(data.map((byte, i) => byte ^ key[i % 4]))
  return Buffer.concat([Buffer.from(head), ext, key, masked])
}

/** A close frame with a code. */
export const closeFrame = (code: number) => { const b = Buffer.alloc(2); b.writeUInt16BE(code); return frame(0x8, b) }

export interface ServerFrame {
  opcode: number
  payload: Buffer
}

export interface RawSocket {
  socket: Socket
  /** Frames the server sent, parsed. */
  frames: ServerFrame[]
  /** The close code the server sent, once a close frame arrived. */
  closeCode(): number | undefined
  /** Resolves once the TCP connection is gone. */
  ended: Promise<void>
  /** Waits for the server's close frame (or the end of the connection) and returns its code. */
  waitClose(timeoutMs?: number): Promise<number | undefined>
}

/** Opens a TCP connection and performs the upgrade to `path` (query and token included). */
export async function rawUpgrade(baseUrl: string, path: string, headers: Record<string, string> = {}): Promise<RawSocket> {
  const { hostname, port } = new URL(baseUrl)
  const socket = connect({ host: hostname, port: Number(port) })
  socket.on('error', () => {})
  const ended = new Promise<void>(resolve => socket.once('close', () => resolve()))
  const extra = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('')
  socket.write(`GET ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
    `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n${extra}\r\n`)
  // Chunks are joined only once a whole frame is there: joining at every chunk made reading a
  // 16 MB frame cost gigabytes of copies.
  let chunks: Buffer[] = []
  let received = 0
  let needed = 1
  const frames: ServerFrame[] = []
  let upgraded = false
  let wake = () => {}
  await withTimeout(new Promise<void>((resolve, reject) => {
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk)
      received += chunk.length
      if (received < needed) return
      let buffer: Buffer = Buffer.concat(chunks)
      if (!upgraded) {
        const end = buffer.indexOf('\r\n\r\n')
        if (end < 0) return
        const head = buffer.subarray(0, end).toString()
        if (!head.startsWith('HTTP/1.1 101')) return reject(new Error(`upgrade refused: ${head.split('\r\n')[0]}`))
        upgraded = true
        buffer = buffer.subarray(end + 4)
        resolve()
      }
      buffer = parseFrames(buffer, frames)
      chunks = [buffer]
      received = buffer.length
      needed = upgraded ? nextFrameSize(buffer) : received + 1
      wake()
    })
    socket.once('close', () => reject(new Error('closed during the upgrade')))
  }), 10_000, 'no upgrade answer')
  const closeCode = () => {
    const close = frames.find(f => f.opcode === 0x8)
    return close && close.payload.length >= 2 ? close.payload.readUInt16BE(0) : undefined
  }
  return {
    socket, frames, closeCode, ended,
    async waitClose(timeoutMs = 10_000) {
      await withTimeout(new Promise<void>(resolve => {
        wake = () => { if (frames.some(f => f.opcode === 0x8)) resolve() }
        wake()
        void ended.then(resolve)
      }), timeoutMs, `the server did not close within ${timeoutMs} ms`)
      return closeCode()
    },
  }
}

/** Bytes the frame at the front of `buffer` needs in all, as far as its header tells. */
function nextFrameSize(buffer: Buffer): number {
  if (buffer.length < 2) return 2
  const length = buffer[1] & 0x7f
  if (length === 126) return buffer.length < 4 ? 4 : 4 + buffer.readUInt16BE(2)
  if (length === 127) return buffer.length < 10 ? 10 : 10 + Number(buffer.readBigUInt64BE(2))
  return 2 + length
}

/** Parses whole frames off the front of `buffer` into `out`; returns what is left. */
function parseFrames(buffer: Buffer, out: ServerFrame[]): Buffer {
  for (;;) {
    if (buffer.length < 2) return buffer
    let length = buffer[1] & 0x7f
    let offset = 2
    if (length === 126) { if (buffer.length < 4) return buffer; length = buffer.readUInt16BE(2); offset = 4 }
    else if (length === 127) { if (buffer.length < 10) return buffer; length = Number(buffer.readBigUInt64BE(2)); offset = 10 }
    if (buffer.length < offset + length) return buffer
    out.push({ opcode: buffer[0] & 0x0f, payload: buffer.subarray(offset, offset + length) })
    buffer = buffer.subarray(offset + length)
  }
}
