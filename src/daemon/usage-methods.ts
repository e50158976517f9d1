import { localUsageSnapshot } from '../core/local-usage.ts'
import type { MethodTable } from './context.ts'
import type { Params } from './frames.ts'

/** Local token usage from the session logs under CODEX_HOME; no workspace session needed. */
export const usageMethods: MethodTable = {
  local_usage_snapshot: (params: Params<'DaemonLocalUsageSnapshotRequestFrame'>, context) =>
    localUsageSnapshot({ codexHome: context.codexHome, days: params.days ?? undefined, workspacePath: params.workspacePath ?? undefined }),
}
