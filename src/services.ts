import type { AppServer } from './codex/app-server.ts'
import type { Chats } from './core/chats.ts'
import type { DeviceStore } from './core/devices.ts'

/** The core, as every face sees it. */
export interface Services {
  version: string
  codex: AppServer
  chats: Chats
  devices: DeviceStore
}
