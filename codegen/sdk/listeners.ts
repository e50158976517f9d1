/**
 * Typed listeners and a bounded inbox, with no dependency on Node's EventEmitter so the
 * same code runs in browsers.
 */

/** Listeners by event name; `on` returns the function that removes the listener. */
export class Listeners<Events extends Record<string, unknown>> {
  private readonly byType = new Map<keyof Events, Set<(value: never) => void>>()

  on<K extends keyof Events>(type: K, listener: (value: Events[K]) => void): () => void {
    let set = this.byType.get(type)
    if (!set) this.byType.set(type, set = new Set())
    set.add(listener as (value: never) => void)
    return () => { set.delete(listener as (value: never) => void) }
  }

  emit<K extends keyof Events>(type: K, value: Events[K]): void {
    // A throwing listener must not stop the others nor the socket that called emit.
    for (const listener of [...this.byType.get(type) ?? []]) {
      try { (listener as (value: Events[K]) => void)(value) } catch (error) { queueMicrotask(() => { throw error }) }
    }
  }
}

/** Rejects with `message` unless `promise` settles within `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(message)), ms) })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/**
 * What arrived and nobody took yet, so `take` finds a frame that came before it was called
 * (a reply can beat the caller's next line). Bounded: the oldest items go first.
 */
export class Inbox<T> {
  private readonly items: T[] = []
  private readonly waiters = new Set<() => void>()
  private readonly limit: number

  constructor(limit = 1000) {
    this.limit = limit
  }

  push(item: T): void {
    this.items.push(item)
    if (this.items.length > this.limit) this.items.shift()
    for (const wake of [...this.waiters]) wake()
  }

  /** The earliest item matching `match` not taken yet, waiting up to `timeoutMs` for one. */
  take<U extends T = T>(match: (item: T) => boolean, timeoutMs: number, what: string): Promise<U> {
    let look = () => {}
    const found = new Promise<U>(resolve => {
      look = () => {
        const index = this.items.findIndex(match)
        if (index < 0) return
        this.waiters.delete(look)
        resolve(this.items.splice(index, 1)[0] as U)
      }
      this.waiters.add(look)
      look()
    })
    return withTimeout(found, timeoutMs, `no ${what} within ${timeoutMs} ms`).finally(() => this.waiters.delete(look))
  }
}
