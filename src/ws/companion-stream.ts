import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type WebSocket } from 'ws'
import type { CompanionStreamFrame } from '../../generated/messages/types.ts'
import { BacklogGuard } from '../core/backlog-guard.ts'
import type { ChatEvent } from '../core/chats.ts'
import { DeltaCoalescer } from '../core/delta-coalescer.ts'
import { GatewayError } from '../errors.ts'
import type { Services } from '../services.ts'
import { bearerToken } from '../http/auth.ts'
import { companionFrame } from './companion-frames.ts'
import { refuseUpgrade } from './refuse-upgrade.ts'
import { WriteBatch } from './write-batch.ts'

/** A client that stops reading with this much unread is dropped; it reconnects and reloads history. */
const BACKLOG = { softBytes: 8 << 20, hardBytes: 64 << 20 }
const CLOSE_SLOW_CONSUMER = 1013
/** Close code for a socket whose device token was revoked (4000–4999 are the application's). */
export const CLOSE_TOKEN_REVOKED = 4001

type DeltaData = Extract<CompanionStreamFrame, { type: 'message_delta' }>['data']

interface Client {
  ws: WebSocket
  socket: Duplex
  backlog: BacklogGuard
}

/** Everyone watching one chat: one subscription, each frame serialised once for all of them. */
interface ChatFanout {
  clients: Set<Client>
  unsubscribe: () => void
}

/**
 * `GET /v1/stream?chatId=`: the companion's live events of one chat. The token and the chat are
 * checked before the upgrade, so a refused client gets a plain HTTP error and never a socket.
 * Deltas of one message that arrive together (under load, hundreds per stdout chunk of the
 * app-server) go out as one `message_delta` frame: every client still gets the whole text, in order.
 */
export class CompanionStream {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 64 << 10 })
  private readonly services: Services
  private readonly byDevice = new Map<string, Set<WebSocket>>()
  private readonly fanouts = new Map<string, ChatFanout>()
  private readonly batch = new WriteBatch()
  private readonly deltas = new DeltaCoalescer<DeltaData>((chatId, data) => {
    const fanout = this.fanouts.get(chatId)
    if (fanout) this.broadcast(fanout, JSON.stringify({ type: 'message_delta', data }))
  })

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
      this.wss.handleUpgrade(req, socket, head, ws => this.serve({ ws, socket, backlog: new BacklogGuard(BACKLOG) }, chatId, device.id))
    } catch (error) {
      refuseUpgrade(socket, error)
    }
  }

  /** Closes every stream, e.g. at shutdown. */
  close(): void {
    for (const ws of this.wss.clients) ws.close(1001, 'the gateway is shutting down')
  }

  private serve(client: Client, chatId: string, deviceId: string): void {
    const { ws } = client
    let sockets = this.byDevice.get(deviceId)
    if (!sockets) this.byDevice.set(deviceId, sockets = new Set())
    sockets.add(ws)
    const fanout = this.fanoutOf(chatId)
    fanout.clients.add(client)
    ws.on('error', () => ws.terminate())
    ws.on('close', () => {
      client.backlog.stop()
      fanout.clients.delete(client)
      if (fanout.clients.size === 0 && this.fanouts.get(chatId) === fanout) {
        fanout.unsubscribe()
        this.fanouts.delete(chatId)
      }
      sockets.delete(ws)
      if (sockets.size === 0) this.byDevice.delete(deviceId)
    })
  }

  private fanoutOf(chatId: string): ChatFanout {
    let fanout = this.fanouts.get(chatId)
    if (fanout) return fanout
    const created: ChatFanout = { clients: new Set(), unsubscribe: () => {} }
    created.unsubscribe = this.services.chats.subscribe(chatId, event => this.onEvent(chatId, created, event))
    this.fanouts.set(chatId, created)
    return created
  }

  private onEvent(chatId: string, fanout: ChatFanout, event: ChatEvent): void {
    const frame = companionFrame(event)
    if (!frame) return
    if (frame.type === 'message_delta') return this.deltas.add(chatId, frame.data)
    this.deltas.flush(chatId) // anything else goes after the text that came before it
    this.broadcast(fanout, JSON.stringify(frame))
  }

  private broadcast(fanout: ChatFanout, text: string): void {
    const bytes = Buffer.byteLength(text)
    for (const { ws, socket, backlog } of fanout.clients) {
      if (ws.readyState !== ws.OPEN) continue
      const drop = () => ws.close(CLOSE_SLOW_CONSUMER, 'too far behind; reconnect and reload the chat')
      if (backlog.stalled(ws.bufferedAmount)) {
        drop()
        continue
      }
      this.batch.hold(socket)
      ws.send(text)
      backlog.sent(bytes)
      backlog.watch(() => ws.bufferedAmount, drop)
    }
  }
}
