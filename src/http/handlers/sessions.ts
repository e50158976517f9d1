import type { Handler } from '../handler-types.ts'

/** The bridge's HTTP listing: every Codex thread (upstream `thread/list`, all pages). */
export const sessionList: Handler<'sessionList'> = async (_input, { projects }) => ({
  sessions: await projects.sessions(),
})
