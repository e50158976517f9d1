import { STATUS_CODES } from 'node:http'
import type { Duplex } from 'node:stream'
import { GatewayError, publicError } from '../errors.ts'

/** Answers an upgrade request with a plain HTTP error and the usual JSON body, then closes. */
export function refuseUpgrade(socket: Duplex, error: unknown): void {
  const status = error instanceof GatewayError ? error.status : 500
  const body = JSON.stringify({ error: publicError(error) })
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`)
}
