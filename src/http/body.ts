import type { IncomingMessage } from 'node:http'
import getRawBody from 'raw-body'
import { GatewayError } from '../errors.ts'

/** Refuses a declared body over `limit` from its headers alone, before anything is read. */
export function assertDeclaredLength(req: IncomingMessage, limit: number): void {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > limit) throw tooLarge(limit)
}

/** Reads and parses a JSON body, stopping at `limit` bytes (chunked bodies included). */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  let text: string
  try {
    text = await getRawBody(req, { limit, encoding: 'utf8', length: req.headers['content-length'] })
  } catch (error: any) {
    if (error.type === 'entity.too.large') throw tooLarge(limit)
    throw new GatewayError('INVALID_REQUEST', `could not read the request body: ${error.message}`)
  }
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new GatewayError('MALFORMED_JSON', `the request body is not valid JSON: ${(error as Error).message}`)
  }
}

function tooLarge(limit: number): GatewayError {
  return new GatewayError('PAYLOAD_TOO_LARGE', `the request body is larger than ${limit} bytes`)
}
