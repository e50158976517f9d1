import { readFile } from 'node:fs/promises'
import type { GatewayConfig } from '../config.ts'
import { AppSettingsStore } from '../core/app-settings.ts'
import { WorkspaceSessions } from '../core/workspace-sessions.ts'
import { WorkspaceStore } from '../core/workspace-store.ts'
import { Workspaces } from '../core/workspaces.ts'
import type { Services } from '../services.ts'
import type { DaemonContext } from './context.ts'
import { startDaemonServer, type RunningDaemon } from './tcp-server.ts'

/** An unauthenticated connection gets this long to call `auth`. */
const AUTH_TIMEOUT_MS = 15_000
/** Unread output per client before it is dropped. */
const MAX_BUFFERED_BYTES = 64 * 1024 * 1024

/**
 * Starts the daemon face on `--daemon-port` (bound to `--host`, TLS with the gateway's
 * certificate) with its workspaces and app settings. Closing it stops every workspace session.
 */
export async function startDaemon(config: GatewayConfig, services: Services, log: (line: string) => void): Promise<RunningDaemon> {
  const settings = new AppSettingsStore(config.dataDir)
  const sessions = new WorkspaceSessions({ codexHome: config.codexHome, clientVersion: services.version, log })
  const workspaces = new Workspaces({ dataDir: config.dataDir, store: new WorkspaceStore(config.dataDir), sessions, settings, defaultCodexBin: config.codexBin })
  const context: DaemonContext = { services, workspaces, settings, codexHome: config.codexHome, dataDir: config.dataDir, defaultCodexBin: config.codexBin }
  const tls = config.tlsCert && config.tlsKey ? { cert: await readFile(config.tlsCert), key: await readFile(config.tlsKey) } : undefined
  const server = await startDaemonServer(context, {
    host: config.host, port: config.daemonPort, tls, log,
    maxLineBytes: config.daemonLineLimit, authTimeoutMs: AUTH_TIMEOUT_MS, maxBufferedBytes: MAX_BUFFERED_BYTES,
  })
  return {
    ...server,
    async close() {
      await server.close()
      await workspaces.stopAll()
    },
  }
}
