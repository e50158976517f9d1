import { readFile } from 'node:fs/promises'
import type { GatewayConfig } from '../config.ts'
import { AbortableRuns } from '../core/abortable-runs.ts'
import { AppSettingsStore } from '../core/app-settings.ts'
import { browserSettings } from '../core/browser-launch.ts'
import { BrowserSessions } from '../core/browser-sessions.ts'
import { Terminals } from '../core/terminals.ts'
import { WorkspaceSessions } from '../core/workspace-sessions.ts'
import { WorkspaceStore } from '../core/workspace-store.ts'
import { Workspaces } from '../core/workspaces.ts'
import type { Services } from '../services.ts'
import type { DaemonContext } from './context.ts'
import { startDaemonServer, type RunningDaemon } from './tcp-server.ts'

/** An unauthenticated connection gets this long to call `auth`. */
const AUTH_TIMEOUT_MS = 15_000
/** Unread output per client past which it must keep reading or be dropped (eight times this: at once). */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024

/**
 * Starts the daemon face on `--daemon-port` (bound to `--host`, TLS with the gateway's
 * certificate) with its workspaces and app settings. Closing it stops every workspace session.
 */
export async function startDaemon(config: GatewayConfig, services: Services, log: (line: string) => void): Promise<RunningDaemon> {
  const settings = new AppSettingsStore(config.dataDir)
  const sessions = new WorkspaceSessions({ codexHome: config.codexHome, clientVersion: services.version, log })
  const workspaces = new Workspaces({ dataDir: config.dataDir, store: new WorkspaceStore(config.dataDir), sessions, settings, defaultCodexBin: config.codexBin })
  const terminals = new Terminals()
  const commitMessages = new AbortableRuns()
  workspaces.on('removed', id => void terminals.closeWorkspace(id))
  const browser = new BrowserSessions({ dataDir: config.dataDir, log, ...browserSettings(process.env, log) })
  const context: DaemonContext = { services, workspaces, settings, browser, codexHome: config.codexHome, dataDir: config.dataDir, defaultCodexBin: config.codexBin, terminals, commitMessages }
  const tls = config.tlsCert && config.tlsKey ? { cert: await readFile(config.tlsCert), key: await readFile(config.tlsKey) } : undefined
  const server = await startDaemonServer(context, {
    host: config.host, port: config.daemonPort, tls, log,
    maxLineBytes: config.daemonLineLimit, authTimeoutMs: AUTH_TIMEOUT_MS, maxBufferedBytes: MAX_BUFFERED_BYTES,
  })
  return {
    ...server,
    async close() {
      await server.close()
      // Before the app-servers stop: temporary threads are archived, shells hung up.
      await Promise.all([commitMessages.stopAll(), terminals.closeAll()])
      await Promise.all([workspaces.stopAll(), browser.closeAll()])
    },
  }
}
