import { once } from 'node:events'
import type { Test } from 'tap'
import { DeviceStore } from '../core/devices.ts'
import { PairingService } from './pairing-service.ts'
import type { PairingServiceOptions, WaitingConfirm } from './pairing-types.ts'

/** A pairing service on a fresh data dir, closed when the test ends. Decisions are polled fast so tests stay quick. */
export function startPairing(t: Test, options: Partial<PairingServiceOptions> = {}) {
  const dataDir = t.testdir({})
  const devices = new DeviceStore(dataDir)
  const service = new PairingService({
    dataDir, devices, publicUrl: { scheme: 'https', host: 'mac.tailnet.ts.net', port: 8787 }, confirmTimeoutMs: 5_000, pollMs: 50, ...options,
  })
  t.teardown(() => service.close())
  return { dataDir, devices, service }
}

/** The next device to start waiting for a decision; fails after `timeoutMs`. Subscribe before confirming. */
export async function nextWaiting(service: PairingService, timeoutMs = 5_000): Promise<WaitingConfirm> {
  const [waiting] = await once(service, 'waiting', { signal: AbortSignal.timeout(timeoutMs) })
  return waiting
}
