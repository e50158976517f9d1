import type { Handler } from '../handler-types.ts'

/** Liveness: `ok` is false while the Codex app-server is not connected, so a monitor is never lied to. */
export const healthGet: Handler<'healthGet'> = async (_input, { codex, version }) => ({
  ok: codex.state === 'ready',
  name: 'codex-gateway',
  version,
  codex: codex.state,
  ...(codex.state !== 'ready' && codex.lastError ? { codexError: codex.lastError } : {}),
})
