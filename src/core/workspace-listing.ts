import { opendir } from 'node:fs/promises'
import { join } from 'node:path'
import { findRepoRoot, gitListFiles } from '../git/index.ts'

/** Most paths list_workspace_files returns (the reference has a safety limit too). */
export const MAX_LISTED_FILES = 20_000
/** Most directory entries a walk outside git looks at, so a huge tree cannot stall the call. */
const MAX_WALKED_ENTRIES = 200_000
/** Folders never listed: version-control internals and dependency trees. */
const SKIPPED = new Set(['.git', 'node_modules'])

/**
 * The files of a workspace, relative to its folder with `/` separators, sorted. In a git work
 * tree git decides (tracked plus untracked-but-not-ignored, so `.gitignore` applies); elsewhere a
 * breadth-first walk that does not follow symlinks. Either way `.git` and `node_modules` are
 * skipped and at most MAX_LISTED_FILES paths come back.
 */
export async function listWorkspaceFiles(folder: string): Promise<string[]> {
  const files = await findRepoRoot(folder) !== null
    ? (await gitListFiles(folder, MAX_LISTED_FILES * 2)).filter(path => !path.split('/').some(part => SKIPPED.has(part)))
    : await walk(folder)
  return files.slice(0, MAX_LISTED_FILES).sort()
}

async function walk(root: string): Promise<string[]> {
  const files: string[] = []
  const queue = ['']
  let seen = 0
  while (queue.length > 0 && files.length < MAX_LISTED_FILES && seen < MAX_WALKED_ENTRIES) {
    const rel = queue.shift()!
    const dir = await opendir(join(root, rel)).catch(() => undefined) // unreadable folders are left out
    if (!dir) continue
    for await (const entry of dir) {
      if (++seen > MAX_WALKED_ENTRIES || files.length >= MAX_LISTED_FILES) break
      const path = rel ? `${rel}/${entry.name}` : entry.name
      if (entry.isDirectory() && !SKIPPED.has(entry.name)) queue.push(path)
      else if (entry.isFile()) files.push(path)
    }
  }
  return files
}
