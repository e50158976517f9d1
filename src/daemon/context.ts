import type { AbortableRuns } from '../core/abortable-runs.ts'
import type { AppSettingsStore } from '../core/app-settings.ts'
import type { BrowserSessions } from '../core/browser-sessions.ts'
import type { Terminals } from '../core/terminals.ts'
import type { Workspaces } from '../core/workspaces.ts'
import type { Services } from '../services.ts'
import type { DaemonCaller } from './caller.ts'

/** What a daemon method handler gets: the shared core plus the daemon's own stores. */
export interface DaemonContext {
  services: Services
  workspaces: Workspaces
  settings: AppSettingsStore
  /** The gateway's browser sessions (not tied to a connection). */
  browser: BrowserSessions
  codexHome: string
  dataDir: string
  /** The gateway's `--codex-bin`, if given. */
  defaultCodexBin?: string
  /** Every open PTY shell, by the connection that opened it. */
  terminals: Terminals
  /** Commit messages being generated: the gateway winds them down (archiving their threads) before it stops. */
  commitMessages: AbortableRuns
}

/** A method: validated params in, the `result` out; failures are thrown GatewayErrors. `caller` is the connection it came on. */
export type Handler = (params: any, context: DaemonContext, caller: DaemonCaller) => unknown

export type MethodTable = Record<string, Handler>

/** The reference's `{ ok: true }`. */
export const OK = Object.freeze({ ok: true as const })
