import Router from '@koa/router'
import type Koa from 'koa'
import { routes, type RouteSpec } from '../../generated/server/routes.ts'
import type { Device } from '../core/devices.ts'
import { GatewayError } from '../errors.ts'
import type { Services } from '../services.ts'
import { requestToken } from './auth.ts'
import { assertDeclaredLength, readJsonBody } from './body.ts'
import type { Handlers } from './handler-types.ts'
import { assertValid } from './validation.ts'

export interface RouterOptions {
  bodyLimit: number
}

/**
 * The router, built from the generated route table: every route of openapi.yaml and nothing else.
 * Per request: size check from headers, token, body, validation, handler — in that order, so
 * neither a huge body nor a bad token costs more than a header read.
 */
export function buildRouter(handlers: Handlers, services: Services, options: RouterOptions): Router {
  const router = new Router()
  for (const route of routes) {
    router.register(route.koaPath, [route.method], async (ctx: Koa.Context) => {
      const bodyLimit = route.bodyLimit ?? options.bodyLimit
      assertDeclaredLength(ctx.req, bodyLimit)
      const device = route.secured ? await authenticate(ctx, services) : undefined
      const input = await readInput(ctx, route, bodyLimit)
      const handler = handlers[route.operationId] as (input: any, services: Services) => Promise<unknown>
      const gone = new AbortController()
      ctx.res.once('close', () => { if (!ctx.res.writableEnded) gone.abort() })
      ctx.body = await handler({ ...input, device, remoteAddress: ctx.req.socket.remoteAddress ?? '', signal: gone.signal }, services)
      ctx.status = route.successStatus
    })
  }
  return router
}

async function authenticate(ctx: Koa.Context, services: Services): Promise<Device> {
  const device = await services.devices.verify(requestToken(ctx.headers))
  if (!device) throw new GatewayError('UNAUTHORIZED', 'a valid device token is required (Authorization: Bearer <token>)')
  return device
}

async function readInput(ctx: Koa.Context, route: RouteSpec, bodyLimit: number) {
  const params = { ...ctx.params }
  assertValid(`${route.operationId}_path`, 'path', params)
  const query = { ...ctx.query }
  assertValid(`${route.operationId}_query`, 'query', query)
  let body: unknown
  if (route.hasBody) {
    body = await readJsonBody(ctx.req, bodyLimit)
    if (body === undefined && route.bodyRequired) throw new GatewayError('INVALID_REQUEST', 'a JSON request body is required')
    if (body !== undefined) assertValid(`${route.operationId}_body`, 'body', body)
  }
  return { params, query, body }
}
