import { isLoopback } from '../../core/addresses.ts'
import { GatewayError } from '../../errors.ts'
import type { Handler } from '../handler-types.ts'

/** Loopback only: a pairing code is handed to whoever asks, so only this computer may ask. */
export const pairingRequest: Handler<'pairingRequest'> = async ({ remoteAddress }, { pairing }) => {
  if (!isLoopback(remoteAddress)) {
    throw new GatewayError('FORBIDDEN', 'pairing can only be started on the computer the gateway runs on')
  }
  return { data: await pairing.request() }
}

/** Waits for the local decision, then issues the device token. */
export const pairingConfirm: Handler<'pairingConfirm'> = async ({ body, remoteAddress, signal }, { pairing }) => ({
  data: await pairing.confirm(body, remoteAddress, { signal }),
})
