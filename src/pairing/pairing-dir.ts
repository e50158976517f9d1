import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'

// A pairing id names files under the pairing dir, so only the exact shape randomUUID() makes is
// accepted: no separators, dots or anything else that could point a path elsewhere.
const PAIRING_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

/** True for a string shaped like a pairing id (a lowercase v4 UUID). */
export function isPairingId(value: unknown): value is string {
  return typeof value === 'string' && PAIRING_ID.test(value)
}

/** `<dataDir>/pairing`: pending.json and the decision files the CLI drops for a running gateway. */
export function pairingDir(dataDir: string): string {
  return join(dataDir, 'pairing')
}

/** Creates the pairing dir, private to this user. */
export async function ensurePairingDir(dataDir: string): Promise<string> {
  const dir = pairingDir(dataDir)
  await mkdir(dir, { recursive: true, mode: 0o700 })
  return dir
}
