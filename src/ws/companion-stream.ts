import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type WebSocket } from 'ws'
import { GatewayError } from '../errors.ts'
import type { Services } from '../services.ts'
import { bearerToken } from '../http/auth.ts'
import { companionFrame } from './companion-frames.ts'
import { refuseUpgrade } from './refuse-upgrade.ts'

/** A client that lets this much pile up unread is dropped; it reconnects and reloads history. */
const MAX_BUFFERED_BYTES = 8 << 20
const CLOSE_SLOW_CONSUMER = 1013
/** Close code for a socket whose device token was revoked (4000–4999 are the application's). */
export const CLOSE_TOKEN_REVOKED = 4001

/**
 * `GET /v1/stream?chatId=`: the companion's live events of one chat. The token and the chat are
 * checked before the upgrade, so a refused client gets a plain HTTP error and never a socket.
 */
export class CompanionStream {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 64 << 10 })
  private readonly services: Services
  private readonly byDevice = new Map<string, Set<WebSocket>>()

  constructor(services: Services) {
    this.services = services
    services.devices.on('revoked', deviceId => {
      for (const ws of this.byDevice.get(deviceId) ?? []) ws.close(CLOSE_TOKEN_REVOKED, 'device token revoked')
    })
  }

  async handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer, url: URL): Promise<void> {
    const { chats, devices } = this.services
    try {
      const device = await devices.verify(bearerToken(req.headers))
      if (!device) throw new GatewayError('UNAUTHORIZED', 'a valid device token is required (Authorization: Bearer <token>)')
      const chatId = url.searchParams.get('chatId')
      if (!chatId) throw new GatewayError('INVALID_REQUEST', 'query parameter chatId is required')
      await chats.ensureLoaded(chatId)
      this.wss.handleUpgrade(req, socket, head, ws => this.serve(ws, chatId, device.id))
    } catch (error) {
      refuseUpgrade(socket, error)
    }
  }

  /** Closes every stream, e.g. at shutdown. */
  close(): void {
    for (const ws of this.wss.clients) ws.close(1001, 'the gateway is shutting down')
  }

  private serve(ws: WebSocket, chatId: string, deviceId: string): void {
    let sockets = this.byDevice.get(deviceId)
    if (!sockets) this.byDevice.set(deviceId, sockets = new Set())
    sockets.add(ws)
    const unsubscribe = this.services.chats.subscribe(chatId, event => {
      const frame = companionFrame(event)
      if (!frame) return
      if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
        ws.close(CLOSE_SLOW_CONSUMER, 'too far behind; reconnect and reload the chat')
        return
      }
      ws.send(JSON.stringify(frame))
    })
    ws.on('error', () => ws.terminate())
    ws.on('close', () => {
      unsubscribe()
      sockets.delete(ws)
      if (sockets.size === 0) this.byDevice.delete(deviceId)
    })
  }
}
