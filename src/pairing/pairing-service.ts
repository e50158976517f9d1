import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto'
import { EventEmitter } from 'node:events'
import { cleanDeviceName } from './device-name.ts'
import { removeAllDecisions, removeDecision, type Decision } from './decision-file.ts'
import { watchForDecision } from './decision-watcher.ts'
import { FailureLimiter } from './failure-limiter.ts'
import { PairingError } from './pairing-error.ts'
import { buildPairingUri, qrDataUrl, type PublicUrl } from './pairing-uri.ts'
import type { ConfirmOutcome, PairingConfirmParams, PairingConfirmResponse, PairingEvents, PairingRequestResponse, PairingServiceOptions, WaitingConfirm } from './pairing-types.ts'
import { writePendingFile, type PendingEntry } from './pending-file.ts'

/** Live pairings kept at most; a flood of requests displaces the oldest unclaimed ones. */
const MAX_LIVE = 16
/** How long a used, denied or expired pairing still answers 410 rather than 404. */
const TOMBSTONE_MS = 60 * 60_000
const MAX_TOMBSTONES = 1_000

interface Waiting extends WaitingConfirm {
  decided: PromiseWithResolvers<ConfirmOutcome>
}

interface Pairing {
  id: string
  /** sha256 of the nonce: the nonce itself is only ever in the QR. */
  nonceHash: Buffer
  expiresAt: number
  waiting?: Waiting
}

const sha256 = (text: string) => createHash('sha256').update(text).digest()

/**
 * Pairs a phone: `request` makes a single-use code for the QR, `confirm` checks it and then waits
 * for the user at this computer to approve (terminal prompt via `approve`/`deny`, or the CLI's
 * decision file), and only then issues a device token.
 */
export class PairingService extends EventEmitter<PairingEvents> {
  private readonly options: Required<Omit<PairingServiceOptions, 'publicUrl'>> & { publicUrl: () => PublicUrl }
  private readonly limiter: FailureLimiter
  private readonly live = new Map<string, Pairing>()
  private readonly tombstones = new Map<string, { reason: string, until: number }>()
  private readonly pruneTimer: NodeJS.Timeout
  private saving: Promise<void> = Promise.resolve()
  private started?: Promise<void>

  constructor({ dataDir, devices, publicUrl, ttlMs, confirmTimeoutMs, now, maxFailures, failureWindowMs, pollMs }: PairingServiceOptions) {
    super()
    this.options = {
      dataDir,
      devices,
      publicUrl: typeof publicUrl === 'function' ? publicUrl : () => publicUrl,
      ttlMs: ttlMs ?? 5 * 60_000,
      confirmTimeoutMs: confirmTimeoutMs ?? 2 * 60_000,
      now: now ?? Date.now,
      maxFailures: maxFailures ?? 5,
      failureWindowMs: failureWindowMs ?? 10 * 60_000,
      pollMs: pollMs ?? 1_000,
    }
    this.limiter = new FailureLimiter({ maxFailures: this.options.maxFailures, windowMs: this.options.failureWindowMs, now: this.options.now })
    this.pruneTimer = setInterval(() => this.prune(), 30_000).unref()
  }

  /** Creates a pairing and its QR payload. */
  async request(): Promise<PairingRequestResponse> {
    await (this.started ??= removeAllDecisions(this.options.dataDir))
    this.prune()
    const pairingId = randomUUID()
    const nonce = randomBytes(32).toString('base64url')
    const expiresAt = this.options.now() + this.options.ttlMs
    this.live.set(pairingId, { id: pairingId, nonceHash: sha256(nonce), expiresAt })
    this.displaceOverflow()
    const publicUrl = this.options.publicUrl()
    const pairingUri = buildPairingUri({ ...publicUrl, pairingId, nonce })
    const [qr] = await Promise.all([qrDataUrl(pairingUri), this.persist()])
    this.emit('requested', { pairingId, pairingUri })
    return { pairingId, nonce, expiresAt: new Date(expiresAt).toISOString(), scheme: publicUrl.scheme, pairingUri, qrDataUrl: qr }
  }

  /**
   * Checks the pairing code, then waits up to `confirmTimeoutMs` for the user's decision and
   * issues the device token on approval. Throws PairingError; aborting `signal` (the client went
   * away) frees the pairing for another try.
   */
  async confirm(params: PairingConfirmParams, remoteAddress: string | undefined, options: { signal?: AbortSignal } = {}): Promise<PairingConfirmResponse> {
    const address = clientAddress(remoteAddress)
    // Check, look up, compare and count without awaiting in between, so parallel guesses cannot slip past the count.
    this.limiter.check(address)
    this.prune()
    const { pairing, waiting } = this.claim(params, address)
    let outcome: ConfirmOutcome = 'aborted'
    try {
      outcome = await this.awaitDecision(waiting, options.signal)
    } finally {
      this.settle(pairing, waiting, outcome)
      await removeDecision(this.options.dataDir, pairing.id).catch(() => {})
      // pending.json only guides the CLI, and its entries age out: failing to rewrite it must not fail the confirm.
      await this.persist().catch(() => {})
    }
    const { scheme } = this.options.publicUrl()
    if (outcome === 'approve') {
      const { token, device } = await this.options.devices.issue(waiting.deviceName)
      return { token, deviceId: device.id, scheme }
    }
    if (outcome === 'deny') throw new PairingError('PAIRING_DENIED', 'pairing was denied on the computer')
    if (outcome === 'aborted' && options.signal?.aborted) throw options.signal.reason
    throw new PairingError('PAIRING_TIMEOUT', 'nobody approved the pairing on the computer in time')
  }

  /** Approves the device waiting on a pairing (and, given `confirmId`, only that wait). False when none waits. */
  approve(pairingId: string, confirmId?: string): boolean {
    return this.decide(pairingId, 'approve', confirmId)
  }

  /** Denies the device waiting on a pairing; the pairing is then used up. False when none waits. */
  deny(pairingId: string, confirmId?: string): boolean {
    return this.decide(pairingId, 'deny', confirmId)
  }

  /** The devices now waiting for a decision. */
  waitingConfirms(): WaitingConfirm[] {
    return [...this.live.values()].flatMap(p => p.waiting ? [publicWaiting(p.waiting)] : [])
  }

  /** Forgets expired pairings; runs on every request and confirm and every 30 s. */
  prune(): void {
    const now = this.options.now()
    let changed = false
    for (const pairing of this.live.values()) {
      // A device already waiting keeps its pairing until the decision or the confirm timeout.
      if (pairing.expiresAt > now || pairing.waiting) continue
      this.bury(pairing.id, 'pairing expired')
      changed = true
    }
    for (const [id, { until }] of this.tombstones) {
      if (until <= now) this.tombstones.delete(id)
    }
    if (changed) this.persist().catch(() => {})
  }

  /** Ends waiting confirms (PAIRING_TIMEOUT), forgets every pairing and empties pending.json. */
  async close(): Promise<void> {
    clearInterval(this.pruneTimer)
    for (const pairing of this.live.values()) pairing.waiting?.decided.resolve('aborted')
    this.live.clear()
    await this.persist()
  }

  private claim({ pairingId, nonce, deviceName }: PairingConfirmParams, address: string): { pairing: Pairing, waiting: Waiting } {
    const pairing = typeof pairingId === 'string' ? this.live.get(pairingId) : undefined
    if (!pairing) {
      this.limiter.fail(address)
      const tombstone = typeof pairingId === 'string' ? this.tombstones.get(pairingId) : undefined
      if (tombstone) throw new PairingError('PAIRING_EXPIRED', `${tombstone.reason}: request a new pairing code`)
      throw new PairingError('PAIRING_NOT_FOUND', 'no such pairing')
    }
    // Hashing both sides gives equal lengths, so the comparison time says nothing about the nonce.
    if (typeof nonce !== 'string' || !timingSafeEqual(sha256(nonce), pairing.nonceHash)) {
      this.limiter.fail(address)
      throw new PairingError('PAIRING_NONCE_MISMATCH', 'the pairing code does not match')
    }
    if (pairing.waiting) throw new PairingError('PAIRING_IN_PROGRESS', 'another device is already waiting for approval of this pairing')
    const waiting: Waiting = {
      pairingId: pairing.id, confirmId: randomUUID(), deviceName: cleanDeviceName(deviceName), address,
      decided: Promise.withResolvers<ConfirmOutcome>(),
    }
    pairing.waiting = waiting
    return { pairing, waiting }
  }

  private async awaitDecision(waiting: Waiting, signal?: AbortSignal): Promise<ConfirmOutcome> {
    const { decided } = waiting
    const timer = setTimeout(() => decided.resolve('timeout'), this.options.confirmTimeoutMs)
    const onAbort = () => decided.resolve('aborted')
    const stopWatching = new AbortController()
    signal?.addEventListener('abort', onAbort, { once: true })
    if (signal?.aborted) onAbort()
    try {
      // A decision file left from an earlier wait must not answer this one; pending.json shows the
      // wait (and so lets the CLI decide) only after it is gone.
      await removeDecision(this.options.dataDir, waiting.pairingId)
      await this.persist()
      this.emit('waiting', publicWaiting(waiting))
      watchForDecision(this.options.dataDir, waiting.pairingId, waiting.confirmId, { signal: stopWatching.signal, pollMs: this.options.pollMs })
        .then(decided.resolve, () => {})
      return await decided.promise
    } finally {
      clearTimeout(timer)
      stopWatching.abort()
      signal?.removeEventListener('abort', onAbort)
    }
  }

  private settle(pairing: Pairing, waiting: Waiting, outcome: ConfirmOutcome): void {
    if (pairing.waiting === waiting) pairing.waiting = undefined
    // Approved: used up. Denied: someone else may hold the code, so it is used up too.
    if (outcome === 'approve') this.bury(pairing.id, 'pairing already used')
    if (outcome === 'deny') this.bury(pairing.id, 'pairing was denied')
    this.emit('settled', { pairingId: pairing.id, confirmId: waiting.confirmId, outcome })
  }

  private decide(pairingId: string, decision: Decision, confirmId?: string): boolean {
    const waiting = this.live.get(pairingId)?.waiting
    if (!waiting || (confirmId !== undefined && confirmId !== waiting.confirmId)) return false
    waiting.decided.resolve(decision)
    return true
  }

  private displaceOverflow(): void {
    for (const pairing of this.live.values()) {
      if (this.live.size <= MAX_LIVE) return
      if (!pairing.waiting) this.bury(pairing.id, 'pairing displaced by newer ones')
    }
  }

  private bury(pairingId: string, reason: string): void {
    this.live.delete(pairingId)
    this.tombstones.set(pairingId, { reason, until: this.options.now() + TOMBSTONE_MS })
    for (const id of this.tombstones.keys()) {
      if (this.tombstones.size <= MAX_TOMBSTONES) break
      this.tombstones.delete(id)
    }
  }

  /** Writes pending.json from the state at the time of writing, one write at a time. */
  private persist(): Promise<void> {
    const write = this.saving.then(() => writePendingFile(this.options.dataDir, this.pendingEntries()))
    this.saving = write.catch(() => {})
    return write
  }

  private pendingEntries(): PendingEntry[] {
    return [...this.live.values()].map(({ id, expiresAt, waiting }) => ({
      pairingId: id,
      expiresAt: new Date(expiresAt).toISOString(),
      ...waiting && { waiting: { confirmId: waiting.confirmId, deviceName: waiting.deviceName, address: waiting.address } },
    }))
  }
}

function publicWaiting({ pairingId, confirmId, deviceName, address }: Waiting): WaitingConfirm {
  return { pairingId, confirmId, deviceName, address }
}

/** The address failures are counted against: IPv4-mapped IPv6 folds into IPv4 so one client is one key. */
function clientAddress(remoteAddress: string | undefined): string {
  if (!remoteAddress) return 'unknown'
  return remoteAddress.startsWith('::ffff:') && remoteAddress.includes('.') ? remoteAddress.slice(7) : remoteAddress
}
