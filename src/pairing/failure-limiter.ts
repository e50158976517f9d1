import { PairingError } from './pairing-error.ts'

/** Beyond this many tracked addresses the oldest windows are forgotten, so a flood cannot grow memory without bound. */
const MAX_TRACKED = 10_000

export interface FailureLimiterOptions {
  maxFailures: number
  windowMs: number
  now: () => number
}

interface Window {
  start: number
  failures: number
}

/**
 * Counts failed attempts per key (a client address) in fixed windows: after `maxFailures`
 * failures the key is locked out until its window ends. A success does not reset the count,
 * so interleaving one good attempt does not buy an attacker more guesses.
 */
export class FailureLimiter {
  private readonly options: FailureLimiterOptions
  private readonly windows = new Map<string, Window>()

  constructor(options: FailureLimiterOptions) {
    this.options = options
  }

  /** Throws RATE_LIMITED when the key used up its failures in the current window. */
  check(key: string): void {
    const window = this.current(key)
    if (!window || window.failures < this.options.maxFailures) return
    const retryAfterMs = window.start + this.options.windowMs - this.options.now()
    throw new PairingError('RATE_LIMITED', 'too many failed pairing attempts from this address', Math.max(1, Math.ceil(retryAfterMs / 1000)))
  }

  /** Records one failure for the key. */
  fail(key: string): void {
    const window = this.current(key)
    if (window) {
      window.failures++
      return
    }
    this.windows.delete(key)
    this.windows.set(key, { start: this.options.now(), failures: 1 })
    if (this.windows.size > MAX_TRACKED) this.prune()
  }

  private current(key: string): Window | undefined {
    const window = this.windows.get(key)
    return window && this.options.now() - window.start < this.options.windowMs ? window : undefined
  }

  private prune(): void {
    for (const key of this.windows.keys()) {
      if (!this.current(key)) this.windows.delete(key)
    }
    // Map order is insertion order, so what is left over the cap is the oldest.
    for (const key of this.windows.keys()) {
      if (this.windows.size <= MAX_TRACKED) break
      this.windows.delete(key)
    }
  }
}
