import { join } from 'node:path'
import { GatewayError } from '../errors.ts'
import { readJson, writeJsonAtomic } from './json-file.ts'

export type WorkspaceKind = 'main' | 'worktree' | 'clone'

/** Client-owned settings of a workspace; keys the gateway does not know are kept as sent. */
export interface WorkspaceSettings {
  sidebarCollapsed: boolean
  sortOrder?: number | null
  groupId?: string | null
  /** Repository for the git methods, relative to the workspace folder (or absolute inside it). */
  gitRoot?: string | null
  [key: string]: unknown
}

/** A workspace as `<data-dir>/workspaces.json` keeps it, in the reference's field names. */
export interface WorkspaceEntry {
  id: string
  name: string
  path: string
  codex_bin: string | null
  kind: WorkspaceKind
  parentId: string | null
  worktree: { branch: string } | null
  settings: WorkspaceSettings
}

/**
 * `<data-dir>/workspaces.json`: a JSON array of entries, written atomically. Changes are
 * serialised so two concurrent calls never lose each other's write.
 */
export class WorkspaceStore {
  readonly path: string
  private entries: WorkspaceEntry[] = []
  private loaded?: Promise<void>
  private queue: Promise<unknown> = Promise.resolve()

  constructor(dataDir: string) {
    this.path = join(dataDir, 'workspaces.json')
  }

  async list(): Promise<WorkspaceEntry[]> {
    await this.load()
    return this.entries.map(entry => structuredClone(entry))
  }

  async get(id: string): Promise<WorkspaceEntry | undefined> {
    return (await this.list()).find(entry => entry.id === id)
  }

  /** The entry, or WORKSPACE_NOT_FOUND. */
  async require(id: unknown): Promise<WorkspaceEntry> {
    const entry = typeof id === 'string' ? await this.get(id) : undefined
    if (!entry) throw new GatewayError('WORKSPACE_NOT_FOUND', `workspace not found: ${String(id).slice(0, 100)}`)
    return entry
  }

  /** Runs `change` on the current entries and persists what it returns, one change at a time. */
  update<T>(change: (entries: WorkspaceEntry[]) => { entries: WorkspaceEntry[], value: T }): Promise<T> {
    const run = this.queue.then(async () => {
      await this.load()
      const { entries, value } = change(this.entries.map(entry => structuredClone(entry)))
      await writeJsonAtomic(this.path, entries)
      this.entries = entries
      return value
    })
    this.queue = run.catch(() => {})
    return run
  }

  private load(): Promise<void> {
    this.loaded ??= readJson<unknown>(this.path, []).then(stored => {
      this.entries = Array.isArray(stored) ? stored.filter(isEntry).map(normalise) : []
    })
    return this.loaded
  }
}

function isEntry(value: any): value is WorkspaceEntry {
  return typeof value?.id === 'string' && typeof value.path === 'string' && typeof value.name === 'string'
}

/** Fills fields an older or hand-edited file may lack. */
function normalise(entry: WorkspaceEntry): WorkspaceEntry {
  return {
    id: entry.id,
    name: entry.name,
    path: entry.path,
    codex_bin: typeof entry.codex_bin === 'string' ? entry.codex_bin : null,
    kind: entry.kind === 'worktree' || entry.kind === 'clone' ? entry.kind : 'main',
    parentId: typeof entry.parentId === 'string' ? entry.parentId : null,
    worktree: typeof entry.worktree?.branch === 'string' ? { branch: entry.worktree.branch } : null,
    settings: { ...(typeof entry.settings === 'object' && entry.settings !== null ? entry.settings : {}), sidebarCollapsed: entry.settings?.sidebarCollapsed === true },
  }
}
