import { GatewayError } from '../errors.ts'
import { TerminalSession, type TerminalSessionOptions } from './terminal-session.ts'

/** Shells one owner (a daemon connection) may have open at once. */
export const MAX_TERMINALS_PER_OWNER = 16

/**
 * Every open terminal, by owner and the owner's terminal id. Each owner (one daemon
 * connection) has its own id space: two desktop clients may both call theirs `term-1`, and one
 * cannot type into the other's shell. The face ends an owner's terminals when it goes away.
 */
export class Terminals {
  private readonly owners = new Map<object, Map<string, TerminalSession>>()

  /** Starts a shell; TERMINAL_ALREADY_EXISTS when the owner already has one by that id. */
  open(owner: object, options: TerminalSessionOptions): TerminalSession {
    const mine = this.owners.get(owner) ?? new Map<string, TerminalSession>()
    if (mine.has(options.terminalId)) throw new GatewayError('TERMINAL_ALREADY_EXISTS', `terminal ${options.terminalId} is already open`)
    if (mine.size >= MAX_TERMINALS_PER_OWNER) throw new GatewayError('INVALID_REQUEST', `at most ${MAX_TERMINALS_PER_OWNER} terminals per connection`)
    const session = new TerminalSession({
      ...options,
      onExit: () => {
        if (mine.get(options.terminalId) === session) mine.delete(options.terminalId)
        if (mine.size === 0 && this.owners.get(owner) === mine) this.owners.delete(owner)
        options.onExit()
      },
    })
    mine.set(options.terminalId, session)
    this.owners.set(owner, mine)
    return session
  }

  /** The owner's terminal; TERMINAL_NOT_FOUND when it has none by that id (or it exited). */
  get(owner: object, terminalId: string): TerminalSession {
    const session = this.owners.get(owner)?.get(terminalId)
    if (!session) throw new GatewayError('TERMINAL_NOT_FOUND', `terminal not found: ${terminalId.slice(0, 200)}`)
    return session
  }

  /** Ends one terminal (its whole process group). */
  async close(owner: object, terminalId: string): Promise<void> {
    const session = this.get(owner, terminalId)
    this.owners.get(owner)?.delete(terminalId)
    await session.close()
  }

  /** Ends every terminal of an owner that went away. */
  async closeOwner(owner: object): Promise<void> {
    const mine = this.owners.get(owner)
    this.owners.delete(owner)
    await Promise.all([...mine?.values() ?? []].map(session => session.close()))
  }

  /** Ends every terminal running in a workspace that was removed, whoever opened it. */
  async closeWorkspace(workspaceId: string): Promise<void> {
    const doomed: TerminalSession[] = []
    for (const mine of this.owners.values()) {
      for (const [id, session] of mine) {
        if (session.workspaceId !== workspaceId) continue
        mine.delete(id)
        doomed.push(session)
      }
    }
    await Promise.all(doomed.map(session => session.close()))
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.owners.keys()].map(owner => this.closeOwner(owner)))
  }

  /** How many terminals are open (diagnostics and tests). */
  get size(): number {
    let count = 0
    for (const mine of this.owners.values()) count += mine.size
    return count
  }
}
