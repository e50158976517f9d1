import { type ErrorCode, publicError } from '../../errors.ts'

/** The reference's names where it has one; every other code of the table in lower case. */
const BRIDGE_NAMES: Partial<Record<ErrorCode, string>> = {
  INVALID_REQUEST: 'invalid_payload',
  MALFORMED_JSON: 'invalid_json',
  CHAT_NOT_FOUND: 'session_not_found',
  ROUTE_NOT_FOUND: 'unknown_message',
  UNAUTHORIZED: 'unauthorized',
}

/** The bridge's `{code, message}` for any error. */
export function bridgeError(error: unknown): { code: string, message: string } {
  const { code, message } = publicError(error)
  return { code: BRIDGE_NAMES[code] ?? code.toLowerCase(), message }
}
