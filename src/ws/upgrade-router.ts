import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'
import { GatewayError } from '../errors.ts'
import type { BridgeServer } from './bridge/bridge-server.ts'
import type { CompanionStream } from './companion-stream.ts'
import { refuseUpgrade } from './refuse-upgrade.ts'

/** Sends each WebSocket upgrade to the face that owns its path; any other path gets a real 404. */
export function routeUpgrades(server: Server, faces: { companion: CompanionStream, bridge: BridgeServer }): void {
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy())
    const url = new URL(req.url ?? '/', 'http://gateway')
    if (url.pathname === '/v1/stream') {
      void faces.companion.handleUpgrade(req, socket, head, url)
    } else if (url.pathname === '/') {
      void faces.bridge.handleUpgrade(req, socket, head, url)
    } else {
      refuseUpgrade(socket, new GatewayError('ROUTE_NOT_FOUND', `no WebSocket at ${url.pathname}`))
    }
  })
}
