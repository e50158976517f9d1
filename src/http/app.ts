import Koa from 'koa'
import { GatewayError, isInternal, publicError } from '../errors.ts'
import type { Services } from '../services.ts'
import { handlers } from './handlers/index.ts'
import { buildRouter, type RouterOptions } from './router.ts'

/** The REST face: one error renderer on top, the spec's routes, then 405 and 404 for the rest. */
export function createHttpApp(services: Services, options: RouterOptions & { log: (line: string) => void }): Koa {
  const app = new Koa()
  app.silent = true
  app.use(async (ctx, next) => {
    try {
      await next()
      if (ctx.status === 404 && ctx.body === undefined) {
        throw new GatewayError('ROUTE_NOT_FOUND', `no route ${ctx.method} ${ctx.path}`)
      }
    } catch (error) {
      if (isInternal(error)) options.log(`internal error on ${ctx.method} ${ctx.path}: ${(error as Error)?.stack ?? error}`)
      const body = publicError(error)
      ctx.status = error instanceof GatewayError ? error.status : 500
      ctx.body = { error: body }
    }
  })
  const router = buildRouter(handlers, services, options)
  app.use(router.routes())
  app.use(router.allowedMethods({
    throw: true,
    methodNotAllowed: () => new GatewayError('METHOD_NOT_ALLOWED', 'this route does not support that method'),
    notImplemented: () => new GatewayError('METHOD_NOT_ALLOWED', 'this method is not supported'),
  }))
  return app
}
