import { rm } from 'node:fs/promises'
import { homedir } from 'node:os'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { gitWorktreeRemove } from '../git/index.ts'
import type { WorkspaceEntry } from './workspace-store.ts'

/** Where `add_worktree` puts worktrees: `<data-dir>/worktrees/<workspace id>`. */
export function worktreesRoot(dataDir: string): string {
  return join(dataDir, 'worktrees')
}

/**
 * Deletes the folder of a worktree or clone the gateway created; never a main workspace's.
 * Guards against a hand-edited workspaces.json: the folder must not be `/`, the home folder,
 * or hold (or be) another workspace's folder, and a worktree's must lie under the worktrees root.
 * A worktree is first removed through git so its parent repository forgets it.
 */
export async function deleteCopyFolder(entry: WorkspaceEntry, all: WorkspaceEntry[], kept: WorkspaceEntry[], dataDir: string): Promise<void> {
  if (entry.kind === 'main') return
  const folder = resolve(entry.path)
  if (entry.kind === 'worktree') {
    const parent = all.find(other => other.id === entry.parentId)
    if (parent) await gitWorktreeRemove(parent.path, folder).catch(() => {}) // a missing or broken worktree is deleted below anyway
    if (!isInside(folder, worktreesRoot(dataDir))) return
  }
  if (folder === dirname(folder) || folder === resolve(homedir())) return
  if (kept.some(other => other.path === folder || isInside(resolve(other.path), folder))) return
  await rm(folder, { recursive: true, force: true })
}

/** Whether `path` lies strictly inside `folder` (lexically). */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path)
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)
}
