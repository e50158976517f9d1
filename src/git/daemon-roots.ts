import { lstat, readdir } from 'node:fs/promises'
import type { Dirent } from 'node:fs'
import { join } from 'node:path'

/** Most repositories listed. */
export const MAX_GIT_ROOTS = 200
/** Most directories read in one scan, so a huge tree costs bounded time. */
export const MAX_SCANNED_DIRS = 20_000

// Folders that hold dependencies or build output: never a project's own repository, often huge.
const SKIPPED = new Set(['.git', 'node_modules', 'dist', 'target', 'build', 'vendor', 'release-artifacts', '.venv', '__pycache__', '.cache'])

/**
 * list_git_roots: the folders below `dir` (not `dir` itself) that hold a `.git` folder or
 * file (a worktree or submodule), at most `depth` levels down (clamped to 1..6, default 2).
 * Answers `/`-separated paths relative to `dir`, sorted, at most MAX_GIT_ROOTS, as
 * CodexMonitor's daemon does (its document's absolute-path example disagrees with its code).
 * Symlinks are not followed and dependency folders are skipped; a missing `dir` answers [].
 * No git runs: this only looks at the file system.
 */
export async function listGitRoots(dir: string, depth: number = 2): Promise<string[]> {
  const maxDepth = Math.min(6, Math.max(1, Math.trunc(Number.isFinite(depth) ? depth : 2)))
  const found: string[] = []
  let scanned = 0
  let level: string[] = ['']
  for (let d = 1; d <= maxDepth && level.length > 0; d++) {
    const next: string[] = []
    for (const rel of level) {
      if (++scanned > MAX_SCANNED_DIRS || found.length >= MAX_GIT_ROOTS) break
      for (const entry of await children(join(dir, rel))) {
        if (!entry.isDirectory() || SKIPPED.has(entry.name)) continue // isDirectory() is false for a symlink
        const child = rel === '' ? entry.name : `${rel}/${entry.name}`
        if (await hasGitMarker(join(dir, child)) && found.length < MAX_GIT_ROOTS) found.push(child)
        next.push(child)
      }
    }
    level = next
  }
  return found.sort()
}

async function children(path: string): Promise<Dirent[]> {
  return readdir(path, { withFileTypes: true }).catch(() => [])
}

async function hasGitMarker(path: string): Promise<boolean> {
  const marker = await lstat(join(path, '.git')).catch(() => null)
  return marker !== null && (marker.isDirectory() || marker.isFile())
}
