import { toDataURL, toString } from 'qrcode'

/** Where the phone reaches this gateway; `scheme` also tells it whether to use ws or wss later. */
export interface PublicUrl {
  scheme: 'http' | 'https'
  host: string
  port: number
}

/** The fields of the QR payload, as the iPhone app reads them. */
export interface PairingUriFields extends PublicUrl {
  pairingId: string
  nonce: string
}

/** `codexremote://pair?host=…&port=…&pairingId=…&nonce=…&scheme=…`, every value URL-encoded. */
export function buildPairingUri({ scheme, host, port, pairingId, nonce }: PairingUriFields): string {
  const query = new URLSearchParams({ host, port: String(port), pairingId, nonce, scheme })
  return `codexremote://pair?${query}`
}

/** The pairing URI as a PNG data URL, for a page or app to show. */
export function qrDataUrl(pairingUri: string): Promise<string> {
  return toDataURL(pairingUri, { errorCorrectionLevel: 'M', margin: 2 })
}

/** The pairing URI as a QR code drawn with block characters, for the gateway to print in its terminal. */
export function terminalQr(pairingUri: string): Promise<string> {
  return toString(pairingUri, { type: 'terminal', small: true })
}
