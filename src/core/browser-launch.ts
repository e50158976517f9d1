import { constants } from 'node:fs'
import { access, mkdir, mkdtemp, readdir, realpath, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { isAbsolute, join, resolve } from 'node:path'
import { GatewayError } from '../errors.ts'
import { isInside } from './workspace-file.ts'

/** Where Debian's `chromium` package puts the browser. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium'

/**
 * The switches every session's Chromium gets. No sandbox because the gateway often runs as root
 * in a container, where Chromium refuses its own sandbox; no GPU on a headless server; and none
 * of the background traffic (updates, sync, field trials, QUIC probes) a throwaway profile has no
 * use for.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
] as const

/** Prefix of the throwaway profile folders in the temp dir, followed by the owning gateway's pid. */
const TEMP_PREFIX = 'codex-gateway-browser-'

/** Throws BROWSER_UNAVAILABLE, saying how to fix it, unless `path` is an executable file. */
export async function requireChromium(path: string): Promise<void> {
  try {
    await access(path, constants.X_OK)
  } catch {
    throw new GatewayError('BROWSER_UNAVAILABLE',
      `Chromium not found at ${path}: install it (apt-get install chromium) or set CODEX_GATEWAY_CHROMIUM to its path`)
  }
}

/** Only these URLs may be opened: the web, and a blank page. */
export function requireAllowedUrl(url: string): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new GatewayError('INVALID_REQUEST', `not a URL: ${url.slice(0, 200)}`)
  }
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:' || parsed.href === 'about:blank') return parsed.href
  throw new GatewayError('INVALID_REQUEST', `URL not allowed: ${parsed.protocol} (only http, https and about:blank)`)
}

/** The folder persistent profiles (`userDataDir`) must live in. */
export function profilesRoot(dataDir: string): string {
  return join(dataDir, 'browser-profiles')
}

/**
 * A client's `userDataDir`, confined to `<data-dir>/browser-profiles`: a relative name resolves
 * there, an absolute path must already point there. Created (0700) if missing; symlinks are
 * resolved before the check, so no profile can land outside.
 */
export async function profileDir(dataDir: string, userDataDir: string): Promise<string> {
  const root = profilesRoot(dataDir)
  if (!userDataDir.trim() || userDataDir.includes('\0')) throw new GatewayError('INVALID_PATH', 'userDataDir must be a non-empty path')
  const wanted = isAbsolute(userDataDir) ? resolve(userDataDir) : resolve(root, userDataDir)
  if (!isInside(root, wanted) || wanted === root) throw outside(userDataDir)
  await mkdir(root, { recursive: true, mode: 0o700 })
  await mkdir(wanted, { recursive: true, mode: 0o700 })
  const canonical = await realpath(wanted)
  const canonicalRoot = await realpath(root)
  if (!isInside(canonicalRoot, canonical) || canonical === canonicalRoot) throw outside(userDataDir)
  return canonical
}

function outside(userDataDir: string): GatewayError {
  return new GatewayError('INVALID_PATH', `userDataDir must be a folder under the gateway's browser-profiles folder, not ${userDataDir.slice(0, 200)}`)
}

/** A new empty profile folder in the temp dir, removed again when its session closes. */
export async function tempProfileDir(): Promise<string> {
  return await mkdtemp(join(tmpdir(), `${TEMP_PREFIX}${process.pid}-`))
}

/** Removes throwaway profiles left behind by gateways that no longer run (killed, crashed). */
export async function sweepStaleTempProfiles(): Promise<void> {
  const names = await readdir(tmpdir()).catch(() => [] as string[])
  for (const name of names) {
    const pid = Number(/^codex-gateway-browser-(\d+)-/.exec(name)?.[1])
    if (!pid || pid === process.pid || alive(pid)) continue
    await rm(join(tmpdir(), name), { recursive: true, force: true }).catch(() => {})
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The browser settings a gateway reads from its environment. */
export interface BrowserSettings {
  chromiumPath: string
  maxSessions: number
  idleMs: number
}

/**
 * `CODEX_GATEWAY_CHROMIUM` (default /usr/bin/chromium), `CODEX_GATEWAY_BROWSER_MAX_SESSIONS`
 * (default 4) and `CODEX_GATEWAY_BROWSER_IDLE_SECONDS` (default 600). A value that is not a
 * positive number is reported through `warn` and the default used.
 */
export function browserSettings(env: NodeJS.ProcessEnv, warn: (line: string) => void): BrowserSettings {
  const number = (name: string, fallback: number, integer: boolean) => {
    const text = env[name]
    if (text === undefined || text === '') return fallback
    const value = Number(text)
    if (Number.isFinite(value) && value > 0 && (!integer || Number.isInteger(value))) return value
    warn(`${name}=${text} is not a positive ${integer ? 'integer' : 'number'}; using ${fallback}`)
    return fallback
  }
  return {
    chromiumPath: env.CODEX_GATEWAY_CHROMIUM || DEFAULT_CHROMIUM,
    maxSessions: number('CODEX_GATEWAY_BROWSER_MAX_SESSIONS', 4, true),
    idleMs: number('CODEX_GATEWAY_BROWSER_IDLE_SECONDS', 600, false) * 1000,
  }
}
