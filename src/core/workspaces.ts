import { randomUUID } from 'node:crypto'
import { EventEmitter } from 'node:events'
import { stat } from 'node:fs/promises'
import { basename, isAbsolute, resolve } from 'node:path'
import { GatewayError } from '../errors.ts'
import type { AppSettingsStore } from './app-settings.ts'
import { deleteCopyFolder } from './workspace-folders.ts'
import type { WorkspaceSessions } from './workspace-sessions.ts'
import type { WorkspaceEntry, WorkspaceSettings, WorkspaceStore } from './workspace-store.ts'

export type { WorkspaceEntry, WorkspaceKind, WorkspaceSettings } from './workspace-store.ts'

/** A workspace as the daemon's clients see it: the entry plus whether its session runs. */
export interface WorkspaceInfo extends WorkspaceEntry {
  connected: boolean
}

export interface WorkspacesOptions {
  dataDir: string
  store: WorkspaceStore
  sessions: WorkspaceSessions
  settings: AppSettingsStore
  /** The gateway's `--codex-bin`, the last fallback of a session's binary. */
  defaultCodexBin?: string
}

/**
 * The daemon's workspaces: folders on this computer, each with its own app-server session while
 * connected. Sessions are not restored at start: `connected` is false until a client calls
 * `connect_workspace`, as in the reference daemon. Emits `removed` with the id of each
 * workspace remove() forgets (worktrees made from it included), so what runs in it can end.
 */
export class Workspaces extends EventEmitter<{ removed: [workspaceId: string] }> {
  readonly dataDir: string
  readonly store: WorkspaceStore
  readonly sessions: WorkspaceSessions
  private readonly settings: AppSettingsStore
  private readonly defaultCodexBin?: string

  constructor(options: WorkspacesOptions) {
    super()
    this.dataDir = options.dataDir
    this.store = options.store
    this.sessions = options.sessions
    this.settings = options.settings
    this.defaultCodexBin = options.defaultCodexBin
  }

  /** Every workspace, by `settings.sortOrder` (absent last) then name. */
  async list(): Promise<WorkspaceInfo[]> {
    return (await this.store.list()).sort(byOrderThenName).map(entry => this.info(entry))
  }

  info(entry: WorkspaceEntry): WorkspaceInfo {
    return { ...entry, connected: this.sessions.isConnected(entry.id) }
  }

  require(id: unknown): Promise<WorkspaceEntry> {
    return this.store.require(id)
  }

  /** Adds a folder as a `main` workspace and starts its session; a folder added before is returned (and connected). */
  async add(path: unknown, codexBin: unknown): Promise<WorkspaceInfo> {
    const folder = await existingDirectory(path)
    assertCodexBin(codexBin)
    const known = (await this.store.list()).find(entry => entry.path === folder)
    if (known) {
      if (!this.sessions.isConnected(known.id)) await this.connect(known.id)
      return this.info(known)
    }
    const entry: WorkspaceEntry = {
      id: randomUUID(), name: basename(folder) || folder, path: folder, codex_bin: codexBin ?? null,
      kind: 'main', parentId: null, worktree: null, settings: { sidebarCollapsed: false },
    }
    return this.insert(entry)
  }

  /** Starts the entry's session, then persists it; nothing is kept when the session cannot start. */
  async insert(entry: WorkspaceEntry): Promise<WorkspaceInfo> {
    await this.sessions.start(entry.id, entry.path, await this.codexBinOf(entry))
    try {
      await this.store.update(entries => ({ entries: [...entries, entry], value: undefined }))
    } catch (error) {
      await this.sessions.stop(entry.id)
      throw error
    }
    return this.info(entry)
  }

  /** (Re)starts the workspace's session with its current binary. */
  async connect(id: unknown): Promise<void> {
    const entry = await this.require(id)
    const folder = await stat(entry.path).catch(() => undefined)
    if (!folder?.isDirectory()) throw new GatewayError('INVALID_REQUEST', `the workspace folder is missing: ${entry.path}`)
    await this.sessions.start(entry.id, entry.path, await this.codexBinOf(entry))
  }

  /**
   * Stops the session and forgets the workspace with the worktrees made from it. Folders of
   * worktrees and clones the gateway created are deleted; a main workspace's never is.
   */
  async remove(id: unknown): Promise<void> {
    const entry = await this.require(id)
    const all = await this.store.list()
    const doomed = [entry, ...all.filter(other => other.kind === 'worktree' && other.parentId === entry.id)]
    for (const gone of doomed) await this.sessions.stop(gone.id)
    const kept = all.filter(other => !doomed.some(gone => gone.id === other.id))
    for (const gone of doomed) await deleteCopyFolder(gone, all, kept, this.dataDir)
    const ids = new Set(doomed.map(gone => gone.id))
    await this.store.update(entries => ({ entries: entries.filter(other => !ids.has(other.id)), value: undefined }))
    for (const id of ids) this.emit('removed', id)
  }

  /** Replaces the settings blob (unknown keys kept). */
  async updateSettings(id: unknown, settings: WorkspaceSettings): Promise<WorkspaceInfo> {
    return this.change(id, entry => ({ ...entry, settings: { ...settings, sidebarCollapsed: settings.sidebarCollapsed === true } }))
  }

  /** Sets or clears the workspace's binary; a running session keeps its own until reconnected. */
  async updateCodexBin(id: unknown, codexBin: unknown): Promise<WorkspaceInfo> {
    assertCodexBin(codexBin)
    return this.change(id, entry => ({ ...entry, codex_bin: codexBin ?? null }))
  }

  /** Applies `edit` to one entry and persists it; WORKSPACE_NOT_FOUND when it is gone. */
  async change(id: unknown, edit: (entry: WorkspaceEntry) => WorkspaceEntry): Promise<WorkspaceInfo> {
    await this.require(id)
    const updated = await this.store.update(entries => {
      const index = entries.findIndex(entry => entry.id === id)
      if (index < 0) throw new GatewayError('WORKSPACE_NOT_FOUND', `workspace not found: ${String(id)}`)
      entries[index] = edit(entries[index])
      return { entries, value: entries[index] }
    })
    return this.info(updated)
  }

  /** The workspace's binary, else the app settings', else the gateway's (else the pinned Codex). */
  async codexBinOf(entry: WorkspaceEntry): Promise<string | undefined> {
    return entry.codex_bin ?? await this.settings.codexBin() ?? this.defaultCodexBin
  }

  async stopAll(): Promise<void> {
    await this.sessions.stopAll()
  }
}

function byOrderThenName(a: WorkspaceEntry, b: WorkspaceEntry): number {
  const order = (entry: WorkspaceEntry) => typeof entry.settings.sortOrder === 'number' ? entry.settings.sortOrder : Number.POSITIVE_INFINITY
  return order(a) - order(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
}

/** Whether `path` exists on this computer and is a directory (symlinks followed). */
export async function isDirectory(path: unknown): Promise<boolean> {
  if (typeof path !== 'string' || path === '' || path.includes('\0')) return false
  return stat(path).then(info => info.isDirectory(), () => false)
}

/** An absolute path of an existing directory, normalised; INVALID_REQUEST otherwise. */
export async function existingDirectory(path: unknown): Promise<string> {
  if (typeof path !== 'string' || path === '' || path.includes('\0')) throw new GatewayError('INVALID_REQUEST', 'path must be a non-empty string')
  if (!isAbsolute(path)) throw new GatewayError('INVALID_REQUEST', `path must be absolute: ${path}`)
  const folder = resolve(path)
  const info = await stat(folder).catch(() => undefined)
  if (!info?.isDirectory()) throw new GatewayError('INVALID_REQUEST', `not a directory: ${folder}`)
  return folder
}

/**
 * A workspace's Codex binary: null, an absolute path of an existing file, or a bare command
 * name looked up on PATH. Anything else (relative paths, option-like names) is refused.
 */
export function assertCodexBin(value: unknown): asserts value is string | null | undefined {
  if (value === null || value === undefined) return
  if (typeof value !== 'string' || value === '' || value.includes('\0') || Buffer.byteLength(value) > 4096) {
    throw new GatewayError('INVALID_REQUEST', 'codex_bin must be an absolute path or a command name')
  }
  if (isAbsolute(value) || /^[A-Za-z0-9_+][A-Za-z0-9._+-]*$/.test(value)) return
  throw new GatewayError('INVALID_REQUEST', 'codex_bin must be an absolute path or a command name')
}
