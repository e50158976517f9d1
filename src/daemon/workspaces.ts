import { addClone, addWorktree, applyWorktreeChanges, removeWorktree, renameWorktree, renameWorktreeUpstream } from '../core/workspace-copies.ts'
import { isDirectory } from '../core/workspaces.ts'
import { GatewayError } from '../errors.ts'
import { OK, type MethodTable } from './context.ts'
import type { Params } from './frames.ts'

/** Workspace methods: the store, sessions, clones and worktrees live in core. */
export const workspaceMethods: MethodTable = {
  list_workspaces: (_params, { workspaces }) => workspaces.list(),

  is_workspace_path_dir: (params: Params<'DaemonIsWorkspacePathDirRequestFrame'>) => isDirectory(params.path),

  add_workspace: (params: Params<'DaemonAddWorkspaceRequestFrame'>, { workspaces }) => workspaces.add(params.path, params.codex_bin),

  add_clone: (params: Params<'DaemonAddCloneRequestFrame'>, { workspaces }) =>
    addClone(workspaces, params.sourceWorkspaceId, params.copiesFolder, params.copyName),

  add_worktree: (params: Params<'DaemonAddWorktreeRequestFrame'>, { workspaces }) => addWorktree(workspaces, params.parentId, params.branch),

  connect_workspace: async (params: Params<'DaemonConnectWorkspaceRequestFrame'>, { workspaces }) => {
    await workspaces.connect(params.id)
    return OK
  },

  remove_workspace: async (params: Params<'DaemonRemoveWorkspaceRequestFrame'>, { workspaces }) => {
    await workspaces.remove(params.id)
    return OK
  },

  remove_worktree: async (params: Params<'DaemonRemoveWorktreeRequestFrame'>, { workspaces }) => {
    await removeWorktree(workspaces, params.id)
    return OK
  },

  rename_worktree: (params: Params<'DaemonRenameWorktreeRequestFrame'>, { workspaces }) => renameWorktree(workspaces, params.id, params.branch),

  rename_worktree_upstream: async (params: Params<'DaemonRenameWorktreeUpstreamRequestFrame'>, { workspaces }) => {
    await renameWorktreeUpstream(workspaces, params.id, params.oldBranch, params.newBranch)
    return OK
  },

  apply_worktree_changes: async (params: Params<'DaemonApplyWorktreeChangesRequestFrame'>, { workspaces }) => {
    await applyWorktreeChanges(workspaces, params.workspaceId)
    return OK
  },

  open_workspace_in: () => {
    throw new GatewayError('NOT_SUPPORTED', 'open_workspace_in is not supported in daemon mode.')
  },

  update_workspace_settings: (params: Params<'DaemonUpdateWorkspaceSettingsRequestFrame'>, { workspaces }) =>
    workspaces.updateSettings(params.id, params.settings),

  update_workspace_codex_bin: (params: Params<'DaemonUpdateWorkspaceCodexBinRequestFrame'>, { workspaces }) =>
    workspaces.updateCodexBin(params.id, params.codex_bin),
}
