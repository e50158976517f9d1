import type { IncomingHttpHeaders } from 'node:http'

/** The token of an `Authorization: Bearer <token>` header, if there is one. */
export function bearerToken(headers: IncomingHttpHeaders): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '')
  return match?.[1]
}

/** The device token of a request: a bearer token, or the bridge clients' `x-bridge-token` header. */
export function requestToken(headers: IncomingHttpHeaders): string | undefined {
  const bridge = headers['x-bridge-token']
  return bearerToken(headers) ?? (Array.isArray(bridge) ? bridge[0] : bridge)
}
