/**
 * Work that must be wound down, not cut off, when the gateway stops: a commit message's
 * temporary thread has to be archived while its app-server still runs. stopAll() aborts every
 * run and waits for each to finish its own cleanup.
 */
export class AbortableRuns {
  private readonly runs = new Set<{ controller: AbortController, finished: Promise<unknown> }>()

  /** Runs `work` with a signal aborted by stopAll() or by `signal` (the caller going away). */
  run<T>(work: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    const controller = new AbortController()
    const forward = () => controller.abort(signal?.reason)
    signal?.addEventListener('abort', forward, { once: true })
    if (signal?.aborted) controller.abort(signal.reason)
    const result = work(controller.signal)
    const run = { controller, finished: result.catch(() => {}) }
    this.runs.add(run)
    void run.finished.then(() => {
      this.runs.delete(run)
      signal?.removeEventListener('abort', forward)
    })
    return result
  }

  /** Aborts every run and resolves once all of them have finished. */
  async stopAll(): Promise<void> {
    const running = [...this.runs]
    for (const run of running) run.controller.abort(new Error('the gateway is stopping'))
    await Promise.all(running.map(run => run.finished))
  }
}
