import { writeRuntimeConfig } from '../../core/runtime-config.ts'
import type { Handler } from '../handler-types.ts'

/** Upstream `config/batchWrite` of top-level `approval_policy` / `sandbox_mode` only. */
export const runtimeConfigUpdate: Handler<'runtimeConfigUpdate'> = async ({ body }, { codex, codexHome }) => ({
  data: await writeRuntimeConfig(codex, codexHome, body),
})
