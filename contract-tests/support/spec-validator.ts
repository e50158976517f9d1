import { routes } from '../../generated/server/routes.ts'
import { describeErrors, validatorFor } from '../../src/http/validation.ts'

const compiled = routes.map(route => ({
  route,
  pattern: new RegExp(`^${route.path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
}))

/**
 * Checks an HTTP response against openapi.yaml: the status must be documented for its operation
 * and the body must match that status's schema. Paths and methods outside the spec must answer
 * with the error object. Returns the problem, or undefined when the response conforms.
 */
export function responseProblem(method: string, path: string, status: number, body: unknown): string | undefined {
  const pathname = path.split('?')[0]
  const matches = compiled.filter(c => c.pattern.test(pathname))
  const match = matches.find(c => c.route.method === method.toUpperCase())
  if (!match) {
    const expected = matches.length ? 405 : 404
    if (status !== expected) return `${method} ${pathname} is not in openapi.yaml and answered ${status}, not ${expected}`
    return schemaProblem('ApiErrorResponse', body)
  }
  const validate = validatorFor(`${match.route.operationId}_response_${status}`)
  if (!validate) return `${match.route.operationId} answered ${status}, a status openapi.yaml does not document for it`
  return validate(body) ? undefined : `${match.route.operationId} ${status}: ${describeErrors('response', validate.errors ?? [])}`
}

/** Checks a frame received on an AsyncAPI channel against the channel's messages. */
export function frameProblem(channel: string, frame: unknown): string | undefined {
  const validate = validatorFor(`channel_${channel}`)
  if (!validate) return `asyncapi.yaml has no channel ${channel}`
  return validate(frame) ? undefined : `frame on ${channel} matches none of its messages: ${JSON.stringify(frame).slice(0, 300)}`
}

/** Checks a value against one of openapi.yaml's shared schemas. */
export function schemaProblem(name: string, value: unknown): string | undefined {
  const validate = validatorFor(`schema_${name}`)
  if (!validate) return `openapi.yaml has no schema ${name}`
  return validate(value) ? undefined : `${name}: ${describeErrors('value', validate.errors ?? [])}`
}
