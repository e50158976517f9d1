import type { DeviceStore } from '../core/devices.ts'
import type { Decision } from './decision-file.ts'
import type { PublicUrl } from './pairing-uri.ts'
import type { WaitingDevice } from './pending-file.ts'

/** What a PairingService needs; every duration has a default. */
export interface PairingServiceOptions {
  dataDir: string
  devices: Pick<DeviceStore, 'issue'>
  /** Where phones reach the gateway; a function when it is known only once the server listens. */
  publicUrl: PublicUrl | (() => PublicUrl)
  /** How long a pairing code stays valid. Default 5 minutes. */
  ttlMs?: number
  /** How long a confirm waits for the user's decision. Default 2 minutes. */
  confirmTimeoutMs?: number
  now?: () => number
  /** Failed confirms an address may make per window. Default 5 per 10 minutes. */
  maxFailures?: number
  failureWindowMs?: number
  /** The slow poll for decision files, behind fs.watch. Default 1 s. */
  pollMs?: number
}

/** POST /v1/pairing/request response data. */
export interface PairingRequestResponse {
  pairingId: string
  nonce: string
  expiresAt: string
  scheme: 'http' | 'https'
  pairingUri: string
  qrDataUrl: string
}

/** POST /v1/pairing/confirm body. */
export interface PairingConfirmParams {
  pairingId: string
  nonce: string
  deviceName: string
}

/** POST /v1/pairing/confirm response data. */
export interface PairingConfirmResponse {
  token: string
  deviceId: string
  scheme: 'http' | 'https'
}

/** A device waiting for the user's decision, as the terminal prompt shows it. */
export interface WaitingConfirm extends WaitingDevice {
  pairingId: string
}

export type ConfirmOutcome = Decision | 'timeout' | 'aborted'

export interface SettledConfirm {
  pairingId: string
  confirmId: string
  outcome: ConfirmOutcome
}

/** `waiting` when a confirm starts waiting for a decision, `settled` when that wait ends. */
/** `requested` carries the URI so the gateway can print its QR in the terminal. */
export type PairingEvents = { requested: [{ pairingId: string, pairingUri: string }], waiting: [WaitingConfirm], settled: [SettledConfirm] }
