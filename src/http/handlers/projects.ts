import type { Handler } from '../handler-types.ts'

/** Upstream `thread/list` (every page), grouped by working directory. */
export const projectList: Handler<'projectList'> = async (_input, { projects }) => ({
  data: await projects.list(),
})
