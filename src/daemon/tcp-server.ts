import { createServer as createTcpServer, type AddressInfo, type Server, type Socket } from 'node:net'
import { createServer as createTlsServer } from 'node:tls'
import { DeltaCoalescer, type Delta } from '../core/delta-coalescer.ts'
import type { WorkspaceMessage } from '../core/workspace-sessions.ts'
import { WriteBatch } from '../ws/write-batch.ts'
import { DaemonConnection, type ConnectionLimits } from './connection.ts'
import type { DaemonContext } from './context.ts'

export interface DaemonServerOptions extends ConnectionLimits {
  host: string
  port: number
  /** PEM certificate and key: the daemon then speaks TLS. */
  tls?: { cert: Buffer, key: Buffer }
  log: (line: string) => void
}

const AGENT_DELTA = 'item/agentMessage/delta'

const isDelta = (params: any): params is Delta =>
  typeof params?.turnId === 'string' && typeof params.itemId === 'string' && typeof params.delta === 'string'

export interface RunningDaemon {
  /** `tcp://host:port` or `tls://host:port`. */
  url: string
  port: number
  close(): Promise<void>
}

/**
 * The daemon face's listener: plain TCP, or TLS when the gateway has a certificate. Tracks its
 * connections, fans every workspace app-server message out to the authenticated ones as an
 * `app-server-event`, and drops a device's connections the moment its token is revoked.
 */
export async function startDaemonServer(context: DaemonContext, options: DaemonServerOptions): Promise<RunningDaemon> {
  const connections = new Set<DaemonConnection>()
  const accept = (socket: Socket) => {
    const connection = new DaemonConnection(socket, context, options, options.log)
    connections.add(connection)
    socket.on('close', () => connections.delete(connection))
  }
  const server: Server = options.tls
    ? createTlsServer({ cert: options.tls.cert, key: options.tls.key, handshakeTimeout: 10_000 }, accept)
    : createTcpServer(accept)
  server.on('tlsClientError', (_error: Error, socket: Socket) => socket.destroy())

  const batch = new WriteBatch()
  const send = (workspaceId: string, message: WorkspaceMessage) => {
    const line = `${JSON.stringify({ method: 'app-server-event', params: { workspace_id: workspaceId, message } })}\n`
    for (const connection of connections) {
      if (!connection.authenticated) continue
      batch.hold(connection.socket)
      connection.send(line)
    }
  }
  // Deltas of one agent message that arrive together go out as one event (same text, same
  // order); anything else of the workspace first sends what is pending, so nothing overtakes.
  const deltas = new DeltaCoalescer<Delta>((workspaceId, params) => send(workspaceId, { method: AGENT_DELTA, params }))
  const broadcast = (workspaceId: string, message: WorkspaceMessage) => {
    if (message.method === AGENT_DELTA && isDelta(message.params)) return deltas.add(workspaceId, message.params)
    deltas.flush(workspaceId)
    send(workspaceId, message)
  }
  const revoke = (deviceId: string) => {
    for (const connection of connections) if (connection.deviceId === deviceId) connection.close()
  }
  context.workspaces.sessions.on('message', broadcast)
  context.services.devices.on('revoked', revoke)

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const host = options.host.includes(':') ? `[${options.host}]` : options.host
  return {
    url: `${options.tls ? 'tls' : 'tcp'}://${host}:${port}`,
    port,
    async close() {
      context.workspaces.sessions.off('message', broadcast)
      context.services.devices.off('revoked', revoke)
      for (const connection of connections) connection.close()
      await new Promise(resolve => server.close(resolve))
    },
  }
}
