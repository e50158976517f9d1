import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type WebSocket } from 'ws'
import { BacklogGuard } from '../../core/backlog-guard.ts'
import type { SessionEvent } from '../../core/sessions.ts'
import { GatewayError } from '../../errors.ts'
import type { Services } from '../../services.ts'
import { describeErrors, validatorFor } from '../../http/validation.ts'
import { refuseUpgrade } from '../refuse-upgrade.ts'
import { CLOSE_TOKEN_REVOKED } from '../companion-stream.ts'
import { bridgeError } from './bridge-errors.ts'
import { BRIDGE_METHODS } from './bridge-methods.ts'
import { WriteBatch } from '../write-batch.ts'

/** Largest frame a client may send; larger ones close the socket with 1009 (message too big). */
export const BRIDGE_MAX_FRAME = 1 << 20
/** A client that stops reading with this much unread is dropped; it reconnects and syncs. */
const BACKLOG = { softBytes: 8 << 20, hardBytes: 64 << 20 }
const CLOSE_SLOW_CONSUMER = 1013

interface Client {
  ws: WebSocket
  /** The upgraded socket under `ws`, corked while a burst of frames is written. */
  socket: Duplex
  deviceId: string
  backlog: BacklogGuard
}

/**
 * The bridge face: a token WebSocket at `/` with request/response envelopes and every session
 * event broadcast with its seq. The token (`?token=` or `x-bridge-token`) is checked before the
 * upgrade, so a refused client never gets a socket; a bad frame gets an error frame and the
 * connection lives on.
 */
export class BridgeServer {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: BRIDGE_MAX_FRAME })
  private readonly clients = new Set<Client>()
  private readonly services: Services
  private readonly batch = new WriteBatch()

  constructor(services: Services) {
    this.services = services
    services.sessions.on('event', event => this.broadcast(event))
    services.devices.on('revoked', deviceId => {
      for (const client of this.clients) if (client.deviceId === deviceId) client.ws.close(CLOSE_TOKEN_REVOKED, 'device token revoked')
    })
  }

  async handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer, url: URL): Promise<void> {
    try {
      const token = url.searchParams.get('token') ?? headerValue(req.headers['x-bridge-token'])
      const device = await this.services.devices.verify(token)
      if (!device) throw new GatewayError('UNAUTHORIZED', 'a valid token is required (?token= or x-bridge-token)')
      this.wss.handleUpgrade(req, socket, head, ws => this.serve(ws, socket, device.id))
    } catch (error) {
      refuseUpgrade(socket, error)
    }
  }

  close(): void {
    for (const { ws } of this.clients) ws.close(1001, 'the gateway is shutting down')
  }

  private serve(ws: WebSocket, socket: Duplex, deviceId: string): void {
    const client = { ws, socket, deviceId, backlog: new BacklogGuard(BACKLOG) }
    this.clients.add(client)
    ws.on('close', () => {
      this.clients.delete(client)
      client.backlog.stop()
    })
    ws.on('error', () => ws.terminate())
    ws.on('message', (data, isBinary) => void this.onFrame(client, isBinary ? null : String(data)))
    this.send(client, { type: 'hello', ok: true, payload: { name: 'codex-gateway', version: this.services.version, server_time: new Date().toISOString() } })
  }

  private async onFrame(client: Client, text: string | null): Promise<void> {
    let message: any
    try {
      message = text === null ? undefined : JSON.parse(text)
    } catch {
      return this.send(client, { type: 'error', id: null, ok: false, error: { code: 'invalid_json', message: 'the frame is not JSON' } })
    }
    const id = typeof message?.id === 'string' || typeof message?.id === 'number' ? String(message.id) : null
    try {
      if (id === null || typeof message.type !== 'string') throw new GatewayError('INVALID_REQUEST', 'a request is {"id": string, "type": string, "payload": object}')
      const method = BRIDGE_METHODS[message.type]
      if (!method) throw new GatewayError('ROUTE_NOT_FOUND', `unknown message type: ${message.type}`)
      const payload = message.payload ?? {}
      const validate = validatorFor(`schema_${method.params}`)!
      if (!validate(payload)) throw new GatewayError('INVALID_REQUEST', describeErrors('payload', validate.errors ?? []))
      const result = await method.run({ id, payload }, this.services)
      this.send(client, { type: 'response', id, ok: true, payload: result })
    } catch (error) {
      this.send(client, { type: 'error', id, ok: false, error: bridgeError(error) })
    }
  }

  private broadcast({ event, sessionId, turnId, seq, payload }: SessionEvent): void {
    const frame = JSON.stringify({ type: 'event', event, session_id: sessionId, thread_id: sessionId, turn_id: turnId, seq, payload })
    for (const client of this.clients) this.sendText(client, frame)
  }

  private send(client: Client, frame: object): void {
    this.sendText(client, JSON.stringify(frame))
  }

  /**
   * A client that lets this much pile up unread is dropped; it reconnects and syncs from its last seq.
   * Frames of one turn of the event loop leave together (WriteBatch): one write per client, not per event.
   */
  private sendText(client: Client, text: string): void {
    if (client.ws.readyState !== client.ws.OPEN) return
    const drop = () => client.ws.close(CLOSE_SLOW_CONSUMER, 'too far behind; reconnect and sync')
    if (client.backlog.stalled(client.ws.bufferedAmount)) return drop()
    this.batch.hold(client.socket)
    client.ws.send(text)
    client.backlog.sent(Buffer.byteLength(text))
    client.backlog.watch(() => client.ws.bufferedAmount, drop)
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}
