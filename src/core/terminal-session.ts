import { accessSync, constants } from 'node:fs'
import { delimiter, isAbsolute, join } from 'node:path'
import { spawn, type IPty } from '@lydell/node-pty'
import { sessionMembers, signalSession } from './process-session.ts'

/** Output is held this long so a burst of small writes leaves as one notification. */
export const BATCH_MS = 10
/** A batch that grows to this many characters leaves at once, without waiting for the timer. */
export const MAX_BATCH_CHARS = 64 * 1024
/** A shell that ignores SIGHUP this long after close() gets SIGKILL. */
const KILL_GRACE_MS = 2_000
/** The kernel's window size fields are u16; the reference clamps u32 values to that. */
const MAX_DIMENSION = 0xffff

export interface TerminalSessionOptions {
  workspaceId: string
  terminalId: string
  cwd: string
  cols: number
  rows: number
  /** One batch of raw PTY output (UTF-8 decoded, never a split character). */
  onOutput: (data: string) => void
  /** The shell ended (by itself or through close()); called once, after the last output. */
  onExit: () => void
}

/**
 * One shell in a pseudo-terminal. Output is batched (every BATCH_MS, or at MAX_BATCH_CHARS)
 * so a flood of small writes becomes few large notifications; pause() stops reading the PTY,
 * which in turn blocks the shell's writes, so a slow reader slows the shell rather than
 * growing our memory.
 */
export class TerminalSession {
  readonly workspaceId: string
  readonly terminalId: string
  private readonly pty: IPty
  private readonly options: TerminalSessionOptions
  private pending = ''
  private timer?: NodeJS.Timeout
  private exited = false
  private readonly exit: Promise<void>

  constructor(options: TerminalSessionOptions) {
    this.options = options
    this.workspaceId = options.workspaceId
    this.terminalId = options.terminalId
    this.pty = spawn(defaultShell(), [], {
      name: 'xterm-256color',
      cols: clampDimension(options.cols),
      rows: clampDimension(options.rows),
      cwd: options.cwd,
      env: { ...process.env, TERM: 'xterm-256color' } as Record<string, string>,
    })
    this.pty.onData(data => this.take(data))
    this.exit = new Promise(resolve => this.pty.onExit(() => {
      this.exited = true
      this.flush()
      resolve()
      options.onExit()
    }))
  }

  /** The shell's process id (also its process group and session: the PTY made it a session leader). */
  get pid(): number {
    return this.pty.pid
  }

  write(data: string): void {
    if (!this.exited) this.pty.write(data)
  }

  resize(cols: number, rows: number): void {
    if (!this.exited) this.pty.resize(clampDimension(cols), clampDimension(rows))
  }

  pause(): void {
    if (!this.exited) this.pty.pause()
  }

  resume(): void {
    if (!this.exited) this.pty.resume()
  }

  /**
   * Ends the shell and everything it started: SIGHUP to every process of its session (its jobs
   * sit in process groups of their own), as when a terminal window closes; SIGKILL to whatever
   * of the session is left once the shell has exited, or after a grace period. Resolves once
   * the shell has exited.
   */
  async close(): Promise<void> {
    const session = this.pty.pid
    signalSession(session, 'SIGHUP', !this.exited)
    const force = setTimeout(() => signalSession(session, 'SIGKILL', !this.exited), KILL_GRACE_MS)
    await this.exit
    clearTimeout(force)
    await sweep(session)
  }

  private take(data: string): void {
    this.pending += data
    if (this.pending.length >= MAX_BATCH_CHARS) this.flush()
    else this.timer ??= setTimeout(() => this.flush(), BATCH_MS)
  }

  private flush(): void {
    clearTimeout(this.timer)
    this.timer = undefined
    while (this.pending !== '') {
      const batch = this.pending.slice(0, MAX_BATCH_CHARS)
      this.pending = this.pending.slice(batch.length)
      this.options.onOutput(batch)
    }
  }
}

/** Gives the session's leftovers a moment to end on their SIGHUP, then kills what remains. */
async function sweep(session: number): Promise<void> {
  const deadline = Date.now() + KILL_GRACE_MS
  while (sessionMembers(session).length > 0 && Date.now() < deadline) await new Promise(resolve => setTimeout(resolve, 50))
  signalSession(session, 'SIGKILL', false)
}

/** Columns and rows as the kernel takes them: 1 to 65535. */
export function clampDimension(value: number): number {
  return Math.min(Math.max(Math.trunc(value) || 1, 1), MAX_DIMENSION)
}

/** `$SHELL` when it is an absolute path to an executable, else bash from PATH, else /bin/sh. */
export function defaultShell(env: NodeJS.ProcessEnv = process.env): string {
  const shell = env.SHELL
  if (shell && isAbsolute(shell) && isExecutable(shell)) return shell
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir !== '' && isExecutable(join(dir, 'bash'))) return join(dir, 'bash')
  }
  return '/bin/sh'
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}
