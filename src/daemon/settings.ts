import { codexDoctor } from '../core/codex-doctor.ts'
import { assertCodexBin } from '../core/workspaces.ts'
import type { MethodTable } from './context.ts'
import type { Params } from './frames.ts'

/** App settings and the Codex install check. */
export const settingsMethods: MethodTable = {
  get_app_settings: (_params, { settings }) => settings.get(),

  update_app_settings: (params: Params<'DaemonUpdateAppSettingsRequestFrame'>, { settings }) => {
    assertCodexBin(params.settings.codexBin) // it becomes the binary of new workspace sessions
    return settings.update(params.settings)
  },

  codex_doctor: async (params: Params<'DaemonCodexDoctorRequestFrame'>, { settings, defaultCodexBin }) => {
    assertCodexBin(params.codexBin)
    return codexDoctor(params.codexBin ?? await settings.codexBin() ?? defaultCodexBin)
  },
}
