import type { AppSettingsStore } from '../core/app-settings.ts'
import type { Workspaces } from '../core/workspaces.ts'
import type { Services } from '../services.ts'

/** What a daemon method handler gets: the shared core plus the daemon's own stores. */
export interface DaemonContext {
  services: Services
  workspaces: Workspaces
  settings: AppSettingsStore
  codexHome: string
  dataDir: string
  /** The gateway's `--codex-bin`, if given. */
  defaultCodexBin?: string
}

/** A method: validated params in, the `result` out; failures are thrown GatewayErrors. */
export type Handler = (params: any, context: DaemonContext) => unknown

export type MethodTable = Record<string, Handler>

/** The reference's `{ ok: true }`. */
export const OK = Object.freeze({ ok: true as const })
