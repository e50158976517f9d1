import { readWorkspaceFile } from '../core/workspace-file.ts'
import { listWorkspaceFiles } from '../core/workspace-listing.ts'
import type { MethodTable } from './context.ts'
import type { Params } from './frames.ts'

/** Largest part of a file read_workspace_file returns. */
const MAX_FILE_BYTES = 400_000

/** Workspace file methods. */
export const fileMethods: MethodTable = {
  list_workspace_files: async (params: Params<'DaemonListWorkspaceFilesRequestFrame'>, { workspaces }) =>
    listWorkspaceFiles((await workspaces.require(params.workspaceId)).path),

  read_workspace_file: async (params: Params<'DaemonReadWorkspaceFileRequestFrame'>, { workspaces }) => {
    const workspace = await workspaces.require(params.workspaceId)
    const { content, truncated } = await readWorkspaceFile(workspace.path, params.path, MAX_FILE_BYTES)
    return { content, truncated }
  },
}
