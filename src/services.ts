import type { AppServer } from './codex/app-server.ts'
import type { Approvals } from './core/approvals.ts'
import type { Chats } from './core/chats.ts'
import type { Transcriber } from './core/dictation.ts'
import type { DesktopSync } from './desktop/desktop-sync.ts'
import type { PairingService } from './pairing/pairing-service.ts'
import type { Projects } from './core/projects.ts'
import type { Sessions } from './core/sessions.ts'
import type { DeviceStore } from './core/devices.ts'

/** The core, as every face sees it. */
export interface Services {
  version: string
  dataDir: string
  codexHome: string
  transcriber: Transcriber
  desktop: DesktopSync
  pairing: PairingService
  codex: AppServer
  chats: Chats
  projects: Projects
  approvals: Approvals
  sessions: Sessions
  devices: DeviceStore
}
