import { randomUUID } from 'node:crypto'
import { lstat, mkdir, rm } from 'node:fs/promises'
import { isAbsolute, join, resolve } from 'node:path'
import { GatewayError } from '../errors.ts'
import {
  assertBranchName, findRepoRoot, gitApplyChanges, gitClone, gitRemoteUrl, gitRenameBranch, gitRenameUpstream,
  gitSetRemoteUrl, gitWorktreeAdd, gitWorktreeRemove,
} from '../git/index.ts'
import { worktreesRoot } from './workspace-folders.ts'
import type { WorkspaceEntry } from './workspace-store.ts'
import type { WorkspaceInfo, Workspaces } from './workspaces.ts'

// Clones and worktrees: workspaces the gateway makes from another one, and whose folders it
// therefore owns (remove_workspace deletes them; see workspace-folders.ts).

/** Longest clone folder name kept after sanitising. */
const MAX_COPY_NAME = 128

/** `git clone` of a workspace's repository into `copiesFolder/<copyName>`, added as a `clone` workspace. */
export async function addClone(workspaces: Workspaces, sourceId: unknown, copiesFolder: unknown, copyName: unknown): Promise<WorkspaceInfo> {
  const source = await workspaces.require(sourceId)
  if (typeof copiesFolder !== 'string' || !isAbsolute(copiesFolder) || copiesFolder.includes('\0')) {
    throw new GatewayError('INVALID_REQUEST', 'copiesFolder must be an absolute path')
  }
  const name = sanitizeCopyName(copyName)
  const repo = await findRepoRoot(source.path)
  if (!repo) throw new GatewayError('NOT_A_REPOSITORY', `the workspace ${source.name} is not in a git repository`)
  const parent = resolve(copiesFolder)
  const dest = join(parent, name)
  if (await lstat(dest).then(() => true, () => false)) throw new GatewayError('INVALID_REQUEST', `${dest} exists already`)
  await mkdir(parent, { recursive: true })
  try {
    await gitClone(repo, dest, parent)
    const origin = await gitRemoteUrl(repo)
    if (origin) await gitSetRemoteUrl(dest, 'origin', origin) // pull and push go where the source's do
    return await workspaces.insert({
      id: randomUUID(), name, path: dest, codex_bin: source.codex_bin, kind: 'clone', parentId: source.id, worktree: null,
      settings: { sidebarCollapsed: false, ...(source.settings.groupId ? { groupId: source.settings.groupId } : {}) },
    })
  } catch (error) {
    await rm(dest, { recursive: true, force: true })
    throw error
  }
}

/** A git worktree of a workspace on `branch`, under `<data-dir>/worktrees/<id>`, added as a `worktree` workspace. */
export async function addWorktree(workspaces: Workspaces, parentId: unknown, branch: unknown): Promise<WorkspaceInfo> {
  const parent = await workspaces.require(parentId)
  if (parent.kind === 'worktree') throw new GatewayError('INVALID_REQUEST', 'a worktree is made from a main workspace or a clone, not from another worktree')
  assertBranchName(branch)
  const repo = await findRepoRoot(parent.path)
  if (!repo) throw new GatewayError('NOT_A_REPOSITORY', `the workspace ${parent.name} is not in a git repository`)
  const id = randomUUID()
  const path = join(worktreesRoot(workspaces.dataDir), id)
  await mkdir(worktreesRoot(workspaces.dataDir), { recursive: true, mode: 0o700 })
  await gitWorktreeAdd(repo, path, branch)
  try {
    return await workspaces.insert({
      id, name: branch, path, codex_bin: parent.codex_bin, kind: 'worktree', parentId: parent.id,
      worktree: { branch }, settings: { sidebarCollapsed: false },
    })
  } catch (error) {
    await gitWorktreeRemove(repo, path).catch(() => {})
    await rm(path, { recursive: true, force: true })
    throw error
  }
}

/** remove_worktree: remove_workspace for worktrees only. */
export async function removeWorktree(workspaces: Workspaces, id: unknown): Promise<void> {
  await requireWorktree(workspaces, id)
  await workspaces.remove(id)
}

/** Renames the worktree's branch and, with it, the workspace. */
export async function renameWorktree(workspaces: Workspaces, id: unknown, branch: unknown): Promise<WorkspaceInfo> {
  const entry = await requireWorktree(workspaces, id)
  assertBranchName(branch)
  const old = entry.worktree!.branch
  if (old !== branch) await gitRenameBranch(entry.path, old, branch)
  return workspaces.change(id, current => ({ ...current, name: current.name === old ? branch : current.name, worktree: { branch } }))
}

/** Moves the worktree branch's upstream from `oldBranch` to `newBranch` on its remote. */
export async function renameWorktreeUpstream(workspaces: Workspaces, id: unknown, oldBranch: unknown, newBranch: unknown): Promise<void> {
  const entry = await requireWorktree(workspaces, id)
  assertBranchName(oldBranch)
  assertBranchName(newBranch)
  await gitRenameUpstream(entry.path, oldBranch, newBranch)
}

/** Applies the worktree's uncommitted changes to its parent's working tree. */
export async function applyWorktreeChanges(workspaces: Workspaces, id: unknown): Promise<void> {
  const entry = await requireWorktree(workspaces, id)
  const parent = await workspaces.require(entry.parentId)
  if (!await gitApplyChanges(entry.path, parent.path)) throw new GatewayError('INVALID_REQUEST', 'the worktree has no changes to apply')
}

async function requireWorktree(workspaces: Workspaces, id: unknown): Promise<WorkspaceEntry> {
  const entry = await workspaces.require(id)
  if (entry.kind !== 'worktree' || !entry.worktree) throw new GatewayError('INVALID_REQUEST', `${entry.name} is not a worktree`)
  return entry
}

/**
 * A folder name from what a person typed: characters outside `A-Za-z0-9._-` become `-`, runs of
 * `-` collapse, leading dots and dashes go (no hidden folders, nothing option-like), at most 128.
 */
export function sanitizeCopyName(value: unknown): string {
  const name = (typeof value === 'string' ? value : '')
    .normalize('NFKD').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/-{2,}/g, '-')
    .replace(/^[.-]+/, '').slice(0, MAX_COPY_NAME).replace(/[.-]+$/, '')
  if (name === '') throw new GatewayError('INVALID_REQUEST', 'copyName has no usable characters')
  return name
}
