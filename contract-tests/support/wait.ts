/** Rejects with `message` unless `promise` settles within `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(message)), ms) }),
  ])
}

/** Polls `probe` until it returns a value other than undefined; fails after `ms` with `why()`. */
export async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, ms: number, why: () => string): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(why())
    await new Promise(resolve => setTimeout(resolve, 50))
  }
}
