import { join } from 'node:path'
import { readJson, writeJsonAtomic } from './json-file.ts'

/**
 * The desktop app's settings blob, as the reference clients send it. The gateway reads only
 * `codexBin` (the default binary of new workspace sessions); every other key is the client's,
 * stored and echoed as sent so newer clients keep fields this gateway does not know.
 */
export type AppSettings = Record<string, unknown> & { codexBin?: string | null }

/** The reference daemon's defaults for the fields it documents. */
export const DEFAULT_APP_SETTINGS: Readonly<AppSettings> = Object.freeze({
  codexBin: null,
  backendMode: 'local',
  remoteBackendHost: '127.0.0.1:4732',
  remoteBackendToken: null,
  defaultAccessMode: 'current',
  uiScale: 1,
  theme: 'system',
  notificationSoundsEnabled: true,
  experimentalCollabEnabled: false,
  experimentalSteerEnabled: false,
  experimentalUnifiedExecEnabled: false,
  workspaceGroups: [],
})

/** `<data-dir>/settings.json` over the defaults, written atomically. */
export class AppSettingsStore {
  readonly path: string
  private current: AppSettings = { ...DEFAULT_APP_SETTINGS }
  private loaded = false

  constructor(dataDir: string) {
    this.path = join(dataDir, 'settings.json')
  }

  async get(): Promise<AppSettings> {
    if (!this.loaded) {
      const stored = await readJson<AppSettings>(this.path, {})
      this.current = { ...DEFAULT_APP_SETTINGS, ...(isObject(stored) ? stored : {}) }
      this.loaded = true
    }
    return { ...this.current }
  }

  /** Replaces the stored blob (the reference sends it whole) and returns it over the defaults. */
  async update(settings: AppSettings): Promise<AppSettings> {
    const next = { ...DEFAULT_APP_SETTINGS, ...settings }
    await writeJsonAtomic(this.path, next)
    this.current = next
    this.loaded = true
    return { ...next }
  }

  /** The settings' default Codex binary, if one is set. */
  async codexBin(): Promise<string | undefined> {
    const { codexBin } = await this.get()
    return typeof codexBin === 'string' && codexBin !== '' ? codexBin : undefined
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
