import { randomUUID } from 'node:crypto'
import { rm } from 'node:fs/promises'
import type { BrowserContext, Page } from 'playwright-core'
import { GatewayError } from '../errors.ts'
import { CHROMIUM_FLAGS, profileDir, requireAllowedUrl, requireChromium, sweepStaleTempProfiles, tempProfileDir } from './browser-launch.ts'
import { browserError, firstLine, navigate, withDeadline } from './browser-page.ts'

export interface BrowserSessionsOptions {
  /** The gateway's data dir: persistent profiles live in `<dataDir>/browser-profiles`. */
  dataDir: string
  chromiumPath: string
  /** Sessions open at once (launching ones count). */
  maxSessions: number
  /** A session nobody used for this long is closed. */
  idleMs: number
  log: (line: string) => void
}

export interface CreateSessionParams {
  headless?: boolean | null
  viewport?: { width: number, height: number } | null
  userDataDir?: string | null
  startUrl?: string | null
}

/** What `browser_list_sessions` tells about a session. */
export interface BrowserSessionInfo {
  sessionId: string
  url: string
  headless: boolean
  persistent: boolean
  idleMs: number
}

interface Session {
  id: string
  context: BrowserContext
  headless: boolean
  profile: string
  temporary: boolean
  lastUsedAt: number
  busy: number
}

const DEFAULT_VIEWPORT = { width: 1280, height: 720 }
/** Chromium gets this long to start, and to quit before we stop waiting for it. */
const LAUNCH_TIMEOUT_MS = 30_000
const CLOSE_TIMEOUT_MS = 10_000
/** Defaults of every action and navigation of a session (calls may pass their own). */
const ACTION_TIMEOUT_MS = 10_000
const NAVIGATION_TIMEOUT_MS = 30_000

/**
 * The gateway's browser sessions: one system Chromium per session, driven by playwright-core
 * in this process (Chromium is a process of its own anyway, so a worker process would add a hop
 * and nothing else). Sessions belong to the gateway, not to a connection — any authenticated
 * client may list and use them, as in the reference — so abandoned ones are reaped once idle,
 * and all of them close when the gateway stops.
 */
export class BrowserSessions {
  private readonly options: BrowserSessionsOptions
  private readonly sessions = new Map<string, Session>()
  /** Profile folders of open and launching sessions: Chromium cannot share one. */
  private readonly profiles = new Set<string>()
  private readonly launches = new Set<Promise<unknown>>()
  private readonly reaper: NodeJS.Timeout
  private stopped = false
  private swept = false

  constructor(options: BrowserSessionsOptions) {
    this.options = options
    this.reaper = setInterval(() => void this.reapIdle(), Math.min(Math.max(options.idleMs / 4, 250), 30_000)).unref()
  }

  /** Launches a Chromium with a fresh (or the named persistent) profile; opens `startUrl` if given. */
  async create(params: CreateSessionParams): Promise<{ sessionId: string }> {
    if (this.stopped) throw new GatewayError('BROWSER_UNAVAILABLE', 'the gateway is shutting down')
    if (this.sessions.size + this.launches.size >= this.options.maxSessions) {
      throw new GatewayError('BROWSER_SESSION_LIMIT', `at most ${this.options.maxSessions} browser sessions at once: close one first`)
    }
    const startUrl = params.startUrl ? requireAllowedUrl(params.startUrl) : undefined
    const headless = params.headless !== false
    if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
      throw new GatewayError('BROWSER_UNAVAILABLE', 'headless: false needs a display, and the gateway has none (no DISPLAY or WAYLAND_DISPLAY)')
    }
    // Counted at once, before the first await, so concurrent calls cannot overshoot the cap.
    const launch = this.launch(headless, params)
    this.launches.add(launch)
    let session: Session
    try {
      session = await launch
    } finally {
      this.launches.delete(launch)
    }
    if (startUrl) {
      try {
        await this.use(session.id, page => navigate(page, { url: startUrl }))
      } catch (error) {
        await this.close(session.id).catch(() => {})
        throw error
      }
    }
    return { sessionId: session.id }
  }

  /** Every open session, oldest first. */
  list(): BrowserSessionInfo[] {
    const now = Date.now()
    return [...this.sessions.values()].map(session => ({
      sessionId: session.id,
      url: session.context.pages().at(-1)?.url() ?? 'about:blank',
      headless: session.headless,
      persistent: !session.temporary,
      idleMs: session.busy > 0 ? 0 : now - session.lastUsedAt,
    }))
  }

  /**
   * Runs `action` on the session's current page (the newest open tab, so a popup the page opened
   * is followed). Failures of the browser become BROWSER_ERROR; a session closed meanwhile,
   * BROWSER_SESSION_NOT_FOUND.
   */
  async use<T>(sessionId: string, action: (page: Page) => Promise<T>): Promise<T> {
    const session = this.require(sessionId)
    session.busy++
    session.lastUsedAt = Date.now()
    try {
      const page = session.context.pages().at(-1) ?? await session.context.newPage()
      return await action(page)
    } catch (error) {
      if (!this.sessions.has(sessionId)) throw new GatewayError('BROWSER_SESSION_NOT_FOUND', `browser session ${sessionId} was closed`)
      throw browserError(error)
    } finally {
      session.busy--
      session.lastUsedAt = Date.now()
    }
  }

  /** Closes a session: its Chromium quits and a throwaway profile is deleted. */
  async close(sessionId: string): Promise<void> {
    const session = this.require(sessionId)
    this.sessions.delete(sessionId)
    await this.shutDown(session)
  }

  /** Closes every session (gateway shutdown); sessions still launching close as they come up. */
  async closeAll(): Promise<void> {
    this.stopped = true
    clearInterval(this.reaper)
    await withDeadline(Promise.allSettled(this.launches), LAUNCH_TIMEOUT_MS, 'browser launch').catch(() => {})
    const sessions = [...this.sessions.values()]
    this.sessions.clear()
    await Promise.all(sessions.map(session => this.shutDown(session)))
  }

  private require(sessionId: string): Session {
    const session = this.sessions.get(sessionId)
    if (!session) throw new GatewayError('BROWSER_SESSION_NOT_FOUND', `no browser session ${sessionId.slice(0, 100)}`)
    return session
  }

  private async launch(headless: boolean, params: CreateSessionParams): Promise<Session> {
    await requireChromium(this.options.chromiumPath)
    if (!this.swept) {
      this.swept = true
      await sweepStaleTempProfiles()
    }
    const temporary = !params.userDataDir
    const profile = params.userDataDir ? await profileDir(this.options.dataDir, params.userDataDir) : await tempProfileDir()
    if (this.profiles.has(profile)) throw new GatewayError('INVALID_REQUEST', 'that userDataDir is in use by another browser session')
    this.profiles.add(profile)
    try {
      const context = await startChromium(this.options.chromiumPath, profile, headless, params.viewport ?? DEFAULT_VIEWPORT)
      const session: Session = { id: `b-${randomUUID()}`, context, headless, profile, temporary, lastUsedAt: Date.now(), busy: 0 }
      context.on('close', () => void this.forget(session))
      if (this.stopped) {
        await this.shutDown(session)
        throw new GatewayError('BROWSER_UNAVAILABLE', 'the gateway is shutting down')
      }
      this.sessions.set(session.id, session)
      return session
    } catch (error) {
      this.profiles.delete(profile)
      if (temporary) await rm(profile, { recursive: true, force: true }).catch(() => {})
      if (error instanceof GatewayError) throw error
      throw new GatewayError('BROWSER_UNAVAILABLE', `Chromium (${this.options.chromiumPath}) did not start: ${firstLine(error)}`)
    }
  }

  /** Chromium went away on its own (crash, killed): drop the session. */
  private async forget(session: Session): Promise<void> {
    if (this.sessions.get(session.id) !== session) return
    this.sessions.delete(session.id)
    this.options.log(`browser: session ${session.id} ended (Chromium closed)`)
    await this.shutDown(session)
  }

  private async shutDown(session: Session): Promise<void> {
    await withDeadline(session.context.close(), CLOSE_TIMEOUT_MS, 'Chromium to quit')
      .catch(error => this.options.log(`browser: closing ${session.id}: ${firstLine(error)}`))
    if (session.temporary) await rm(session.profile, { recursive: true, force: true, maxRetries: 3 }).catch(() => {})
    this.profiles.delete(session.profile)
  }

  private async reapIdle(): Promise<void> {
    const now = Date.now()
    for (const session of [...this.sessions.values()]) {
      if (session.busy > 0 || now - session.lastUsedAt < this.options.idleMs) continue
      this.sessions.delete(session.id)
      this.options.log(`browser: closing session ${session.id}, idle for ${Math.round((now - session.lastUsedAt) / 1000)} s`)
      await this.shutDown(session)
    }
  }
}

/** One Chromium on `profile`, through playwright-core (loaded on first use: most gateways never browse). */
async function startChromium(executablePath: string, profile: string, headless: boolean, viewport: { width: number, height: number }): Promise<BrowserContext> {
  const { chromium } = await import('playwright-core')
  const context = await chromium.launchPersistentContext(profile, {
    executablePath, headless, viewport,
    args: [...CHROMIUM_FLAGS],
    timeout: LAUNCH_TIMEOUT_MS,
    acceptDownloads: false,
    // The gateway's own shutdown closes the sessions; Playwright's exit hook still kills
    // whatever is left if the process exits another way.
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
  })
  context.setDefaultTimeout(ACTION_TIMEOUT_MS)
  context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS)
  return context
}
