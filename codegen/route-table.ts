import { header } from './header.ts'
import { operations, type JsonObject } from './spec.ts'

/** The route table the Koa router is built from: a route not in openapi.yaml cannot be served. */
export function emitRouteTable(openapi: JsonObject): Record<string, string> {
  const rows = operations(openapi).map(({ path, method, op, parameters }) => {
    const statuses = Object.keys(op.responses ?? {})
    return {
      operationId: op.operationId as string,
      method: method.toUpperCase(),
      path,
      koaPath: path.replace(/\{([^}]+)\}/g, ':$1'),
      secured: (op.security ?? openapi.security ?? []).length > 0,
      hasBody: Boolean(op.requestBody),
      bodyRequired: op.requestBody?.required === true,
      // x-body-limit: an operation that needs more than --body-limit (dictation audio) says so in the spec.
      bodyLimit: (op['x-body-limit'] as number | undefined) ?? null,
      successStatus: Number(statuses.find(s => s.startsWith('2')) ?? 200),
      pathParams: parameters.filter(p => p.in === 'path').map(p => p.name as string),
      queryParams: parameters.filter(p => p.in === 'query').map(p => p.name as string),
    }
  })
  const ids = new Set<string>()
  for (const row of rows) {
    if (!row.operationId) throw new Error(`${row.method} ${row.path} has no operationId`)
    if (ids.has(row.operationId)) throw new Error(`operationId ${row.operationId} is used twice`)
    ids.add(row.operationId)
  }
  const code = `${header('openapi.yaml')}
import type { operations } from './openapi.ts'

export type OperationId = keyof operations

export interface RouteSpec {
  operationId: OperationId
  method: string
  path: string
  koaPath: string
  secured: boolean
  hasBody: boolean
  bodyRequired: boolean
  bodyLimit: number | null
  successStatus: number
  pathParams: readonly string[]
  queryParams: readonly string[]
}

export const routes: readonly RouteSpec[] = ${JSON.stringify(rows, null, 2)}
`
  return { 'server/routes.ts': code }
}
