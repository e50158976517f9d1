import { GatewayError } from '../errors.ts'

/**
 * The pairing codes (rows of the one table in src/errors.ts):
 * PAIRING_NOT_FOUND (never issued, or forgotten), PAIRING_NONCE_MISMATCH (counted against the
 * caller's address), PAIRING_DENIED, PAIRING_IN_PROGRESS (another device already waits),
 * PAIRING_NOT_WAITING (CLI: nobody scanned yet), PAIRING_EXPIRED (expired, used, denied or
 * displaced), PAIRING_TIMEOUT (nobody decided in time; the pairing stays usable), RATE_LIMITED.
 */
export type PairingErrorCode = 'PAIRING_NOT_FOUND' | 'PAIRING_NONCE_MISMATCH' | 'PAIRING_DENIED' | 'PAIRING_IN_PROGRESS'
  | 'PAIRING_NOT_WAITING' | 'PAIRING_EXPIRED' | 'PAIRING_TIMEOUT' | 'RATE_LIMITED'

/** A pairing failure; RATE_LIMITED carries `retryAfterSeconds` (HTTP renders it as Retry-After). */
export class PairingError extends GatewayError {
  declare readonly code: PairingErrorCode
  readonly retryAfterSeconds?: number

  constructor(code: PairingErrorCode, message: string, retryAfterSeconds?: number) {
    super(code, message, retryAfterSeconds === undefined ? undefined : { retryAfterSeconds })
    this.name = 'PairingError'
    if (retryAfterSeconds !== undefined) this.retryAfterSeconds = retryAfterSeconds
  }
}
