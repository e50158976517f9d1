import { join } from 'node:path'
import { readJson, writeJsonAtomic } from '../core/json-file.ts'
import { ensurePairingDir, pairingDir } from './pairing-dir.ts'

/** A device that presented the right nonce and now waits for the user's decision. */
export interface WaitingDevice {
  /** Names this wait: a decision written for an earlier wait on the same pairing is ignored. */
  confirmId: string
  deviceName: string
  address: string
}

/** One live pairing as the gateway publishes it for the CLI. Never holds the nonce. */
export interface PendingEntry {
  pairingId: string
  expiresAt: string
  waiting?: WaitingDevice
}

/** What `pairing list` shows. */
export interface PendingPairing {
  pairingId: string
  expiresAt: string
  /** Present while a device waits for a decision. */
  deviceName?: string
  address?: string
}

interface PendingFile {
  pairings: PendingEntry[]
}

const pendingPath = (dataDir: string) => join(pairingDir(dataDir), 'pending.json')

/** Replaces `<dataDir>/pairing/pending.json` (0600, atomic) with the gateway's live pairings. */
export async function writePendingFile(dataDir: string, pairings: PendingEntry[]): Promise<void> {
  await ensurePairingDir(dataDir)
  await writeJsonAtomic(pendingPath(dataDir), { pairings } satisfies PendingFile)
}

/**
 * The pairings a gateway published that have not expired. A gateway that died leaves its file
 * behind; its entries age out here, and a decision written for one is never picked up.
 */
export async function readPendingEntries(dataDir: string, now = Date.now): Promise<PendingEntry[]> {
  const file = await readJson<Partial<PendingFile>>(pendingPath(dataDir), { pairings: [] })
  const entries = Array.isArray(file.pairings) ? file.pairings : []
  return entries.filter(entry => Date.parse(entry.expiresAt) > now())
}

/** The live pairings for `codex-gateway pairing list`, with the device waiting on each, if any. */
export async function listPendingPairings(dataDir: string, now = Date.now): Promise<PendingPairing[]> {
  return (await readPendingEntries(dataDir, now)).map(({ pairingId, expiresAt, waiting }) => (
    waiting ? { pairingId, expiresAt, deviceName: waiting.deviceName, address: waiting.address } : { pairingId, expiresAt }
  ))
}
