import { awaitPickup, writePairingDecision, type Decision } from './decision-file.ts'
import { listPendingPairings } from './pending-file.ts'

/** Where a command prints: stdout and stderr lines by default. */
export interface CommandOutput {
  out(line: string): void
  err(line: string): void
}

const STDIO: CommandOutput = {
  out: line => process.stdout.write(`${line}\n`),
  err: line => process.stderr.write(`${line}\n`),
}

/** `codex-gateway pairing approve PAIRING_ID`: approves the device waiting on a pairing. Exit status 0 or 1. */
export function runPairingApprove(dataDir: string, pairingId: string, io: CommandOutput = STDIO): Promise<number> {
  return runDecision(dataDir, pairingId, 'approve', io)
}

/** `codex-gateway pairing deny PAIRING_ID`: denies the device waiting on a pairing. Exit status 0 or 1. */
export function runPairingDeny(dataDir: string, pairingId: string, io: CommandOutput = STDIO): Promise<number> {
  return runDecision(dataDir, pairingId, 'deny', io)
}

/** `codex-gateway pairing list`: the live pairings as JSON, with the device waiting on each. Exit status 0 or 1. */
export async function runPairingList(dataDir: string, io: CommandOutput = STDIO): Promise<number> {
  try {
    io.out(JSON.stringify({ pairings: await listPendingPairings(dataDir) }, null, 2))
    return 0
  } catch (error: any) {
    io.err(`pairing list: ${error.message}`)
    return 1
  }
}

async function runDecision(dataDir: string, pairingId: string, decision: Decision, io: CommandOutput): Promise<number> {
  try {
    const device = await writePairingDecision(dataDir, pairingId, decision)
    // The gateway removes the file once it has acted on it; a file nobody takes means no gateway is listening.
    if (!await awaitPickup(dataDir, pairingId)) {
      io.err(`pairing ${decision}: the gateway did not pick up the decision for ${pairingId} (is it running?)`)
      return 1
    }
    io.out(`${decision === 'approve' ? 'approved' : 'denied'} pairing ${pairingId}: device ${JSON.stringify(device.deviceName)} from ${device.address}`)
    return 0
  } catch (error: any) {
    io.err(`pairing ${decision}: ${error.message}`)
    return 1
  }
}
