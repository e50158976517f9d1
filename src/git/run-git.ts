import { spawn } from 'node:child_process'
import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { GitError, firstLine } from './git-error.ts'

// We spawn git ourselves rather than through simple-git: we need stdout streamed with a byte
// cap that kills git once exceeded, the commit message fed on stdin, a timeout that takes down
// hooks too, and the exact argv below with nothing added or rewritten. simple-git buffers all
// output and hides the process, so each of those would be a workaround.

/** Flags put before every git command: literal pathspecs (no globs or `:(magic)` from clients), raw UTF-8 paths, no colour, no pager, no optional index locks. */
export const SAFE_FLAGS = ['--no-pager', '--literal-pathspecs', '--no-optional-locks', '-c', 'core.quotePath=false', '-c', 'color.ui=false'] as const

/** Default time a git command may run before it is killed. */
export const DEFAULT_TIMEOUT_MS = 15_000
/** Default stdout kept in memory; past it git is killed and the result marked truncated. */
export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024
const STDERR_BYTES = 64 * 1024
const KILL_GRACE_MS = 2_000

// `git rev-parse --local-env-vars`: an inherited one would point git at another repository.
const REPOSITORY_ENV = ['GIT_ALTERNATE_OBJECT_DIRECTORIES', 'GIT_CONFIG', 'GIT_CONFIG_PARAMETERS', 'GIT_CONFIG_COUNT',
  'GIT_OBJECT_DIRECTORY', 'GIT_DIR', 'GIT_WORK_TREE', 'GIT_IMPLICIT_WORK_TREE', 'GIT_GRAFT_FILE', 'GIT_INDEX_FILE',
  'GIT_NO_REPLACE_OBJECTS', 'GIT_REPLACE_REF_BASE', 'GIT_PREFIX', 'GIT_INTERNAL_SUPER_PREFIX', 'GIT_SHALLOW_FILE', 'GIT_COMMON_DIR']

export interface RunGitOptions {
  /** Bytes of stdout to keep; more kills git and returns what was kept, cut after the last `recordEnd`. */
  maxBytes?: number
  /** The byte that ends one record of output (default `\n`; `0` for `-z` output). */
  recordEnd?: number
  /** Receives stdout as it arrives instead of buffering it (then `maxBytes` does not apply). */
  onStdout?: (chunk: Buffer) => void
  /** Text written to git's stdin (which is closed either way, so git never waits on it). */
  input?: string
  timeoutMs?: number
  /** Exit codes that are answers rather than failures (default `[0]`). */
  okExitCodes?: readonly number[]
}

export interface GitResult {
  stdout: string
  stderr: string
  exitCode: number
  /** True when stdout went over `maxBytes` and git was stopped early. */
  truncated: boolean
}

type Ending = { kind: 'exit', code: number | null } | { kind: 'truncated' } | { kind: 'timeout' } | { kind: 'error', error: Error }

/**
 * Runs `git <SAFE_FLAGS> <args>` in `cwd` with argv only (no shell), no terminal prompts and a
 * timeout. Client-supplied values must already have passed safe-args.ts and sit after `--` or
 * `--end-of-options`. Throws GitError GIT_FAILED on an exit code outside `okExitCodes`.
 */
export async function runGit(cwd: string, args: readonly string[], options: RunGitOptions = {}): Promise<GitResult> {
  const child = spawn('git', [...SAFE_FLAGS, ...args], { cwd, env: gitEnv(), stdio: 'pipe', detached: true, windowsHide: true })
  const stdout = new Capture(options.maxBytes ?? DEFAULT_MAX_BYTES)
  const stderr = new Capture(STDERR_BYTES)
  const life = watch(child, options.timeoutMs ?? DEFAULT_TIMEOUT_MS)
  child.stdout.on('data', (chunk: Buffer) => {
    if (options.onStdout) options.onStdout(chunk)
    else if (!stdout.add(chunk)) life.stop('truncated')
  })
  child.stderr.on('data', (chunk: Buffer) => stderr.add(chunk))
  child.stdin.on('error', () => {}) // git may exit without reading its input; its exit code says why
  child.stdin.end(options.input ?? '')
  const ending = await life.ended
  return result(args, ending, stdout, stderr.text(), options)
}

function result(args: readonly string[], ending: Ending, stdout: Capture, stderr: string, options: RunGitOptions): GitResult {
  const command = `git ${args[0] ?? ''}`.trim()
  if (ending.kind === 'error') throw new GitError('GIT_FAILED', `${command} could not start: ${ending.error.message}`)
  if (ending.kind === 'timeout') throw new GitError('GIT_TIMEOUT', `${command} did not finish within ${options.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms`)
  if (ending.kind === 'truncated') return { stdout: stdout.text(options.recordEnd ?? 0x0a), stderr, exitCode: 0, truncated: true }
  const exitCode = ending.code ?? -1
  if (!(options.okExitCodes ?? [0]).includes(exitCode)) {
    throw new GitError('GIT_FAILED', `${command} failed: ${firstLine(stderr)}`, { exitCode, stderr: stderr.slice(0, 2000) })
  }
  return { stdout: stdout.text(), stderr, exitCode, truncated: false }
}

function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env }
  // LC_ALL and LANGUAGE would override LC_MESSAGES; dropping them keeps the user's character
  // set for hooks while git's messages stay untranslated, so the lines we match and surface
  // read the same on every machine.
  for (const name of [...REPOSITORY_ENV, 'LC_ALL', 'LANGUAGE']) delete env[name]
  return {
    ...env,
    LC_MESSAGES: 'C',
    GIT_TERMINAL_PROMPT: '0', // a credential or passphrase prompt would hang until the timeout
    GIT_EDITOR: ':', // git treats ":" as "no editor"
    GIT_PAGER: 'cat',
  }
}

/** Settles once git has exited, been stopped for too much output, or timed out. */
function watch(child: ChildProcessWithoutNullStreams, timeoutMs: number) {
  let settle!: (ending: Ending) => void
  const ended = new Promise<Ending>(resolve => { settle = resolve })
  let stopping: 'truncated' | 'timeout' | null = null
  let killTimer: NodeJS.Timeout | undefined
  const finish = (ending: Ending) => {
    clearTimeout(timer)
    clearTimeout(killTimer)
    settle(stopping ? { kind: stopping } : ending)
  }
  const stop = (why: 'truncated' | 'timeout') => {
    if (stopping) return
    stopping = why
    killGroup(child, 'SIGTERM') // git removes its lock files on SIGTERM
    // A hook still holding our pipes would keep 'close' from firing: kill harder, then stop waiting.
    killTimer = setTimeout(() => {
      killGroup(child, 'SIGKILL')
      child.stdout.destroy()
      child.stderr.destroy()
      finish({ kind: 'exit', code: null })
    }, KILL_GRACE_MS)
  }
  const timer = setTimeout(() => stop('timeout'), timeoutMs)
  child.on('close', code => finish({ kind: 'exit', code }))
  child.on('error', error => finish({ kind: 'error', error }))
  return { ended, stop }
}

// git runs in its own process group (detached) so a timeout also ends the hooks it started.
function killGroup(child: ChildProcessWithoutNullStreams, signal: NodeJS.Signals): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, signal)
  } catch {
    child.kill(signal)
  }
}

/** Keeps at most `cap` bytes of a stream. */
class Capture {
  private readonly chunks: Buffer[] = []
  private size = 0
  private readonly cap: number

  constructor(cap: number) {
    this.cap = cap
  }

  /** False once the stream has gone over the cap. */
  add(chunk: Buffer): boolean {
    const room = this.cap - this.size
    if (room > 0) this.chunks.push(chunk.length > room ? chunk.subarray(0, room) : chunk)
    this.size += Math.min(chunk.length, Math.max(room, 0))
    return chunk.length <= room
  }

  /** The kept bytes as text; given `recordEnd`, only whole records (so no line or UTF-8 character is split). */
  text(recordEnd?: number): string {
    const all = Buffer.concat(this.chunks)
    if (recordEnd === undefined) return all.toString('utf8')
    return all.subarray(0, all.lastIndexOf(recordEnd) + 1).toString('utf8')
  }
}
