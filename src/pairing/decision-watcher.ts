import { watch, type FSWatcher } from 'node:fs'
import { decisionFileName, readDecision, type Decision } from './decision-file.ts'
import { pairingDir } from './pairing-dir.ts'

export interface WatchOptions {
  /** Ends the watch; the promise then rejects with the signal's reason. */
  signal: AbortSignal
  /** How often to look regardless of fs.watch, which some file systems (network, some containers) never fire. */
  pollMs: number
}

/**
 * Resolves with the decision another process writes for this wait: fs.watch on the pairing dir
 * reacts at once, a slow poll covers file systems where watching does not work.
 */
export function watchForDecision(dataDir: string, pairingId: string, confirmId: string, { signal, pollMs }: WatchOptions): Promise<Decision> {
  const { promise, resolve, reject } = Promise.withResolvers<Decision>()
  if (signal.aborted) {
    reject(signal.reason)
    return promise
  }
  const name = decisionFileName(pairingId)
  let watcher: FSWatcher | undefined
  let reading = false
  let again = false

  const stop = () => {
    clearInterval(poll)
    watcher?.close()
    signal.removeEventListener('abort', onAbort)
  }
  const onAbort = () => { stop(); reject(signal.reason) }
  const check = async () => {
    // One read at a time; an event during a read asks for one more.
    if (reading) { again = true; return }
    reading = true
    try {
      do {
        again = false
        const decision = await readDecision(dataDir, pairingId, confirmId).catch(() => undefined)
        if (decision && !signal.aborted) { stop(); resolve(decision); return }
      } while (again && !signal.aborted)
    } finally {
      reading = false
    }
  }

  const poll = setInterval(check, pollMs)
  signal.addEventListener('abort', onAbort, { once: true })
  try {
    watcher = watch(pairingDir(dataDir), { persistent: false }, (_event, filename) => {
      if (!filename || filename === name) void check()
    })
    watcher.on('error', () => watcher?.close())
  } catch {
    // No watching here: the poll alone finds the decision.
  }
  void check()
  return promise
}
