import { installSkill, skillsFolder, uninstallSkill, type SkillTarget } from '../core/skill-folders.ts'
import { readSkillsConfig, writeSkillsConfig } from '../core/skills-config.ts'
import { validateSkills } from '../core/skills-validate.ts'
import { OK, type DaemonContext, type MethodTable } from './context.ts'
import type { Params } from './frames.ts'

/** The workspace's folder and its running app-server (`workspace not connected` otherwise). */
async function connected(context: DaemonContext, workspaceId: string) {
  const entry = await context.workspaces.require(workspaceId)
  return { cwd: entry.path, codex: context.workspaces.sessions.server(entry.id) }
}

/** The skills folder of a target: `$CODEX_HOME/skills`, or the workspace's `.codex/skills`. */
async function folderOf(context: DaemonContext, target: SkillTarget, workspaceId?: string | null): Promise<string> {
  const workspacePath = target === 'workspace' && workspaceId ? (await context.workspaces.require(workspaceId)).path : undefined
  return skillsFolder(target, context.codexHome, workspacePath)
}

/** Skills beyond skills_list: Codex's enable/disable config, validation, install from git, uninstall. */
export const skillsMethods: MethodTable = {
  skills_config_read: async (params: Params<'DaemonSkillsConfigReadRequestFrame'>, context) => {
    const { cwd, codex } = await connected(context, params.workspaceId)
    return readSkillsConfig(codex, cwd, context.codexHome)
  },

  skills_config_write: async (params: Params<'DaemonSkillsConfigWriteRequestFrame'>, context) => {
    const { cwd, codex } = await connected(context, params.workspaceId)
    await writeSkillsConfig(codex, cwd, context.codexHome, params.config)
    return OK
  },

  skills_validate: async (params: Params<'DaemonSkillsValidateRequestFrame'>, context) => {
    const { cwd, codex } = await connected(context, params.workspaceId)
    return validateSkills(codex, cwd)
  },

  skills_install_from_git: async (params: Params<'DaemonSkillsInstallFromGitRequestFrame'>, context) => {
    const installed = await installSkill(await folderOf(context, params.target, params.workspaceId), params.sourceUrl)
    return { ok: true, ...installed }
  },

  skills_uninstall: async (params: Params<'DaemonSkillsUninstallRequestFrame'>, context) => {
    await uninstallSkill(await folderOf(context, params.target, params.workspaceId), params.name)
    return OK
  },
}
