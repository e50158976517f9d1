import { readFile, chmod, mkdir } from 'node:fs/promises'
import { createServer as createHttpServer, type Server } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { AppServer } from './codex/app-server.ts'
import type { GatewayConfig } from './config.ts'
import { AllowRules } from './core/allow-rules.ts'
import { Approvals } from './core/approvals.ts'
import { Chats } from './core/chats.ts'
import { storageError, writeFileAtomic } from './core/json-file.ts'
import { createTranscriber } from './core/dictation.ts'
import { desktopSyncFor } from './desktop/desktop-sync.ts'
import { Projects } from './core/projects.ts'
import { Sessions } from './core/sessions.ts'
import { SyncLog } from './core/sync-log.ts'
import { BridgeServer } from './ws/bridge/bridge-server.ts'
import { DeviceStore } from './core/devices.ts'
import { PairingService } from './pairing/pairing-service.ts'
import type { PublicUrl } from './pairing/pairing-uri.ts'
import { advertisedHost, isLoopback } from './core/addresses.ts'
import { watchPairing } from './pairing/terminal.ts'
import { createHttpApp } from './http/app.ts'
import type { Services } from './services.ts'
import { GatewayError } from './errors.ts'
import { VERSION } from './version.ts'
import { CompanionStream } from './ws/companion-stream.ts'
import { routeUpgrades } from './ws/upgrade-router.ts'
import { startDaemon } from './daemon/start-daemon.ts'

export interface RunningGateway {
  url: string
  /** The daemon face's address, `tcp://host:port` (or `tls://`). */
  daemonUrl: string
  services: Services
  close(): Promise<void>
}

/**
 * Creates the data dir with owner-only permissions (and tightens an existing one), and makes
 * sure it can be written: a full or read-only disk stops the start with the reason, rather than
 * the first token or workspace failing to save later.
 */
export async function ensureDataDir(dataDir: string): Promise<void> {
  try {
    await mkdir(dataDir, { recursive: true, mode: 0o700 }).catch(error => {
      // Node's recursive mkdir says ENOENT where the parent is read-only: a plain one says why.
      if (error.code === 'ENOENT') return mkdir(dataDir, { mode: 0o700 })
      throw error
    })
    await chmod(dataDir, 0o700)
    await writeFileAtomic(join(dataDir, '.write-check'), `${process.pid}\n`)
  } catch (error) {
    const trouble = storageError(dataDir, error)
    if (trouble instanceof GatewayError) throw new Error(`the data dir cannot be used: ${trouble.message}`)
    throw error
  }
}

/** Wires the core and the faces and starts listening. Codex failing to start does not stop the gateway: /healthz says so. */
export async function startGateway(config: GatewayConfig, log: (line: string) => void): Promise<RunningGateway> {
  await ensureDataDir(config.dataDir)
  const codex = new AppServer({ codexBin: config.codexBin, codexHome: config.codexHome, clientVersion: VERSION, log })
  const chats = new Chats(codex)
  const devices = new DeviceStore(config.dataDir)
  let publicUrl: PublicUrl = { scheme: config.tlsCert ? 'https' : 'http', host: advertisedHost(config.host), port: config.port }
  const syncLog = new SyncLog(config.dataDir)
  const rules = new AllowRules(config.dataDir)
  await rules.load()
  const approvals = new Approvals(codex, chats, rules)
  const services: Services = {
    version: VERSION, codex, chats,
    dataDir: config.dataDir,
    codexHome: config.codexHome,
    desktop: desktopSyncFor(),
    pairing: new PairingService({ dataDir: config.dataDir, devices, publicUrl: () => publicUrl }),
    transcriber: createTranscriber({ dataDir: config.dataDir, workDir: process.cwd() }),
    projects: new Projects(codex, chats),
    approvals,
    sessions: new Sessions(codex, chats, approvals, syncLog),
    devices,
  }
  codex.start().catch(error => log(`codex app-server did not start: ${error.message}`))

  const app = createHttpApp(services, { bodyLimit: config.bodyLimit, log })
  const tls = config.tlsCert && config.tlsKey
    ? { cert: await readFile(config.tlsCert), key: await readFile(config.tlsKey) }
    : undefined
  // Headers (URL included) up to 64 KiB: a spec-valid git path of 4096 characters, percent-encoded,
  // must fit. Timeouts are checked every second so a slow trickle is cut close to its deadline.
  const limits = { maxHeaderSize: 64 << 10, connectionsCheckingInterval: Math.min(1000, config.headersTimeout) }
  const server: Server = tls ? createHttpsServer({ ...tls, ...limits }, app.callback()) : createHttpServer(limits, app.callback())
  server.headersTimeout = config.headersTimeout
  server.requestTimeout = 60_000
  const companion = new CompanionStream(services)
  const bridge = new BridgeServer(services)
  // Catches revocations made by another process (the CLI): their sockets close within a second.
  const revocationWatch = setInterval(() => services.devices.reload().catch(error => log(`token store: ${error.message}`)), 1000)
  routeUpgrades(server, { companion, bridge })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(config.port, config.host, () => resolve())
  })
  if (!tls && !isLoopback(config.host)) {
    log(`warning: serving plain http on ${config.host}: release iOS builds refuse plaintext pairings; give --tls-cert and --tls-key`)
  }
  const { port } = server.address() as AddressInfo
  publicUrl = { ...publicUrl, port }
  const stopPrompt = watchPairing(services.pairing, log)
  const host = config.host.includes(':') ? `[${config.host}]` : config.host
  const url = `${tls ? 'https' : 'http'}://${host}:${port}`
  const daemon = await startDaemon(config, services, log)

  return {
    url,
    daemonUrl: daemon.url,
    services,
    async close() {
      await daemon.close()
      clearInterval(revocationWatch)
      stopPrompt()
      services.pairing.close()
      companion.close()
      bridge.close()
      await syncLog.flush().catch(error => log(`sync log: ${error.message}`))
      server.closeAllConnections()
      await Promise.all([new Promise(resolve => server.close(resolve)), codex.stop()])
    },
  }
}
