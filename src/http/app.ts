import Koa from 'koa'
import { GatewayError, isInternal, publicError } from '../errors.ts'
import type { Services } from '../services.ts'
import { handlers } from './handlers/index.ts'
import { buildRouter, type RouterOptions } from './router.ts'

/** The REST face: one error renderer on top, then the spec's routes; anything else becomes a JSON 404 or 405. */
export function createHttpApp(services: Services, options: RouterOptions & { log: (line: string) => void }): Koa {
  const app = new Koa()
  app.silent = true
  app.use(async (ctx, next) => {
    try {
      await next()
      if (ctx.body === undefined && ctx.status === 404) {
        throw new GatewayError('ROUTE_NOT_FOUND', `no route ${ctx.method} ${ctx.path}`)
      }
      if (ctx.body === undefined && (ctx.status === 405 || ctx.status === 501)) {
        throw new GatewayError('METHOD_NOT_ALLOWED', `${ctx.path} does not support ${ctx.method}; allowed: ${ctx.response.get('Allow')}`)
      }
    } catch (error) {
      if (isInternal(error)) options.log(`internal error on ${ctx.method} ${ctx.path}: ${(error as Error)?.stack ?? error}`)
      const body = publicError(error)
      ctx.status = error instanceof GatewayError ? error.status : 500
      const retryAfter = (error as GatewayError).details as { retryAfterSeconds?: number } | undefined
      if (retryAfter?.retryAfterSeconds) ctx.set('Retry-After', String(retryAfter.retryAfterSeconds))
      ctx.body = { error: body }
    }
  })
  const router = buildRouter(handlers, services, options)
  app.use(router.routes())
  app.use(router.allowedMethods()) // sets 405 and Allow; the renderer above turns it into the JSON error
  return app
}
