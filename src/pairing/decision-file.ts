import { readdir, rm, stat } from 'node:fs/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import { join } from 'node:path'
import { readJson, writeJsonAtomic } from '../core/json-file.ts'
import { isPairingId, pairingDir } from './pairing-dir.ts'
import { PairingError } from './pairing-error.ts'
import { readPendingEntries, type WaitingDevice } from './pending-file.ts'

/** What the user at the computer decided about a waiting device. */
export type Decision = 'approve' | 'deny'

interface DecisionFile {
  decision: Decision
  confirmId: string
}

const SUFFIX = '.decision.json'

/** The name of a pairing's decision file inside the pairing dir. */
export function decisionFileName(pairingId: string): string {
  return `${pairingId}${SUFFIX}`
}

const decisionPath = (dataDir: string, pairingId: string) => join(pairingDir(dataDir), decisionFileName(pairingId))

/**
 * Records a decision for the running gateway to pick up (the CLI's `pairing approve|deny`):
 * `<dataDir>/pairing/<pairingId>.decision.json`, 0600, written atomically. It names the wait it
 * answers, so it cannot approve a different device that starts waiting on the same pairing later.
 * Throws PAIRING_NOT_FOUND for a malformed or unknown id and PAIRING_NOT_WAITING when no device waits yet.
 * Returns the device it decided about, for the CLI to print.
 */
export async function writePairingDecision(dataDir: string, pairingId: string, decision: Decision, now = Date.now): Promise<WaitingDevice> {
  if (!isPairingId(pairingId)) throw new PairingError('PAIRING_NOT_FOUND', `not a pairing id: ${JSON.stringify(pairingId)}`)
  if (decision !== 'approve' && decision !== 'deny') throw new TypeError(`decision must be approve or deny, not ${decision}`)
  const entry = (await readPendingEntries(dataDir, now)).find(e => e.pairingId === pairingId)
  if (!entry) throw new PairingError('PAIRING_NOT_FOUND', `no pending pairing ${pairingId} (see codex-gateway pairing list)`)
  if (!entry.waiting) throw new PairingError('PAIRING_NOT_WAITING', `no device is waiting on pairing ${pairingId} yet: approve once the phone has scanned the code`)
  await writeJsonAtomic(decisionPath(dataDir, pairingId), { decision, confirmId: entry.waiting.confirmId } satisfies DecisionFile)
  return entry.waiting
}

/** The decision written for this wait, or undefined when there is none (or it answers another wait). */
export async function readDecision(dataDir: string, pairingId: string, confirmId: string): Promise<Decision | undefined> {
  const file = await readJson<Partial<DecisionFile> | null>(decisionPath(dataDir, pairingId), null)
  if (file?.confirmId !== confirmId) return undefined
  return file.decision === 'approve' || file.decision === 'deny' ? file.decision : undefined
}

/** Removes a pairing's decision file, if any. */
export async function removeDecision(dataDir: string, pairingId: string): Promise<void> {
  await rm(decisionPath(dataDir, pairingId), { force: true })
}

/** Removes every decision file: a gateway starting fresh has no waits they could answer. */
export async function removeAllDecisions(dataDir: string): Promise<void> {
  const names = await readdir(pairingDir(dataDir)).catch(() => [] as string[])
  await Promise.all(names.filter(n => n.endsWith(SUFFIX)).map(n => rm(join(pairingDir(dataDir), n), { force: true })))
}

/**
 * Waits until the gateway has consumed the decision file (it removes it once the wait ends).
 * False when the file is still there after `timeoutMs`: no gateway is listening, so the file is
 * removed rather than left for a later wait.
 */
export async function awaitPickup(dataDir: string, pairingId: string, timeoutMs = 5_000, pollMs = 50): Promise<boolean> {
  const path = decisionPath(dataDir, pairingId)
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(pollMs)) {
    if (!await stat(path).then(() => true, () => false)) return true
  }
  await rm(path, { force: true })
  return false
}
