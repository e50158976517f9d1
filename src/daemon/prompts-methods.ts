import { createPrompt, deletePrompt, listPrompts, movePrompt, promptsGlobalDir, promptsWorkspaceDir, updatePrompt, type PromptsOptions } from '../core/prompts.ts'
import { OK, type DaemonContext, type MethodTable } from './context.ts'
import type { Params } from './frames.ts'

/** The prompt folders of a known workspace (WORKSPACE_NOT_FOUND otherwise) and the global one. */
async function folders(context: DaemonContext, workspaceId: string): Promise<PromptsOptions> {
  const entry = await context.workspaces.require(workspaceId)
  return { codexHome: context.codexHome, dataDir: context.dataDir, workspaceId: entry.id }
}

/** Custom prompt methods, wired to src/core/prompts.ts. */
export const promptMethods: MethodTable = {
  prompts_list: async (params: Params<'DaemonPromptsListRequestFrame'>, context) => listPrompts(await folders(context, params.workspaceId)),
  prompts_create: async (params: Params<'DaemonPromptsCreateRequestFrame'>, context) => createPrompt(await folders(context, params.workspaceId), params),
  prompts_update: async (params: Params<'DaemonPromptsUpdateRequestFrame'>, context) => updatePrompt(await folders(context, params.workspaceId), params),
  prompts_delete: async (params: Params<'DaemonPromptsDeleteRequestFrame'>, context) => {
    await deletePrompt(await folders(context, params.workspaceId), params)
    return OK
  },
  prompts_move: async (params: Params<'DaemonPromptsMoveRequestFrame'>, context) => movePrompt(await folders(context, params.workspaceId), params),
  prompts_workspace_dir: async (params: Params<'DaemonPromptsWorkspaceDirRequestFrame'>, context) =>
    promptsWorkspaceDir(context.dataDir, (await context.workspaces.require(params.workspaceId)).id),
  prompts_global_dir: (_params, context) => promptsGlobalDir(context.codexHome),
}
