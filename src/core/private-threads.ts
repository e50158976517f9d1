/** A message of a workspace's app-server, as WorkspaceSessions re-emits it. */
interface Message {
  method: string
  params?: unknown
}

/** Private thread ids remembered; messages may trail a thread's archive, so ids are not forgotten at once. */
const REMEMBERED = 1000

/**
 * Threads the gateway runs for itself (a commit message), whose messages must not reach the
 * daemon's clients. A thread's id is only known once `thread/start` answers, and Codex sends
 * `thread/started` right after that answer, possibly in the same read: so while such a thread
 * starts, the workspace's messages are held, and released (minus the new thread's) once its id
 * is known. Other threads' messages are delayed by that one round trip, never reordered or lost.
 */
export class PrivateThreads {
  private readonly muted = new Set<string>()
  private readonly held = new Map<string, { starts: number, queue: Message[], emit: (message: any) => void }>()

  /** Passes a message on unless it belongs to a private thread; holds it while one starts in its workspace. */
  route(workspaceId: string, message: Message, emit: (message: any) => void): void {
    const threadId = threadOf(message)
    if (threadId !== undefined && this.muted.has(threadId)) return
    const hold = this.held.get(workspaceId)
    if (hold) {
      hold.queue.push(message)
      hold.emit = emit
    } else {
      emit(message)
    }
  }

  /** Runs `start` (resolving with the new thread's id) with the workspace's messages held; the thread is private from then on. */
  async start(workspaceId: string, start: () => Promise<string>): Promise<string> {
    const hold = this.held.get(workspaceId) ?? { starts: 0, queue: [], emit: () => {} }
    hold.starts++
    this.held.set(workspaceId, hold)
    try {
      const threadId = await start()
      this.mute(threadId)
      return threadId
    } finally {
      if (--hold.starts === 0) {
        this.held.delete(workspaceId)
        for (const message of hold.queue) this.route(workspaceId, message, hold.emit)
      }
    }
  }

  isPrivate(threadId: string): boolean {
    return this.muted.has(threadId)
  }

  private mute(threadId: string): void {
    this.muted.add(threadId)
    if (this.muted.size > REMEMBERED) this.muted.delete(this.muted.values().next().value!)
  }
}

/** The thread a message is about: `params.threadId`, or `params.thread.id` (thread/started). */
export function threadOf(message: Message): string | undefined {
  const params = message.params as { threadId?: unknown, thread?: { id?: unknown } } | undefined
  const id = params?.threadId ?? params?.thread?.id
  return typeof id === 'string' ? id : undefined
}
