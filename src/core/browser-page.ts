import type { Page } from 'playwright-core'
import { GatewayError } from '../errors.ts'
import { requireAllowedUrl } from './browser-launch.ts'

/** Scripts get this long unless the call says otherwise; then their page is closed. */
const EVALUATE_TIMEOUT_MS = 30_000
/** A value or DOM larger than this is not sent whole (a daemon line must stay reasonable). */
const MAX_VALUE_CHARS = 1 << 20
const MAX_DOM_CHARS = 2 << 20
/** Reading a title or the DOM of a page that hangs must not hang the call. */
const READ_TIMEOUT_MS = 10_000

export type WaitUntil = 'load' | 'domcontentloaded' | 'networkidle' | 'commit'

/** Opens an http(s) URL or about:blank; anything else (file:, chrome:, data:, …) is refused. */
export async function navigate(page: Page, params: { url: string, waitUntil?: WaitUntil | null, timeoutMs?: number | null }): Promise<{ ok: true, url: string }> {
  const url = requireAllowedUrl(params.url)
  await page.goto(url, { waitUntil: params.waitUntil ?? 'load', timeout: params.timeoutMs ?? undefined })
  return { ok: true, url: page.url() }
}

/** A PNG of the viewport (or of the whole page); `width`/`height` are the image's own. */
export async function screenshot(page: Page, params: { fullPage?: boolean | null }) {
  const png = await page.screenshot({ type: 'png', fullPage: params.fullPage === true })
  return { base64Png: png.toString('base64'), url: page.url(), title: await title(page), ...pngSize(png) }
}

/** Clicks the first element matching `selector`, or the viewport point `x`,`y`. */
export async function click(page: Page, params: { x?: number | null, y?: number | null, selector?: string | null, timeoutMs?: number | null }): Promise<{ ok: true }> {
  if (params.selector) await page.locator(params.selector).first().click({ timeout: params.timeoutMs ?? undefined })
  else if (typeof params.x === 'number' && typeof params.y === 'number') await page.mouse.click(params.x, params.y)
  else throw new GatewayError('INVALID_REQUEST', 'browser_click needs either selector or both x and y')
  return { ok: true }
}

/** Types into the first element matching `selector`, else into whatever has the focus. */
export async function typeText(page: Page, params: { text: string, selector?: string | null, clearFirst?: boolean | null }): Promise<{ ok: true }> {
  if (params.selector) {
    const target = page.locator(params.selector).first()
    if (params.clearFirst) await target.fill('')
    await target.pressSequentially(params.text)
  } else {
    if (params.clearFirst) {
      await page.keyboard.press('ControlOrMeta+A')
      await page.keyboard.press('Backspace')
    }
    await page.keyboard.type(params.text)
  }
  return { ok: true }
}

/** Presses one key or chord (`Enter`, `Tab`, `Shift+ArrowDown`) in the focused element. */
export async function press(page: Page, params: { key: string }): Promise<{ ok: true }> {
  try {
    await page.keyboard.press(params.key)
  } catch (error) {
    if (/Unknown key/i.test(String((error as Error)?.message))) throw new GatewayError('INVALID_REQUEST', `unknown key: ${params.key.slice(0, 100)}`)
    throw error
  }
  return { ok: true }
}

/**
 * Evaluates a JavaScript expression in the page (a promise is awaited) and returns its value as
 * JSON, as `value` (the reference's name) and `result` (the worker protocol's). A script still
 * running after the timeout cannot be interrupted, so its page is closed: the session goes on in
 * a fresh blank page.
 */
export async function evaluate(page: Page, params: { script?: string | null, js?: string | null, timeoutMs?: number | null }) {
  const script = params.script ?? params.js
  if (typeof script !== 'string' || !script.trim()) throw new GatewayError('INVALID_REQUEST', 'browser_evaluate needs a script')
  const timeoutMs = params.timeoutMs ?? EVALUATE_TIMEOUT_MS
  let raw: unknown
  try {
    raw = await withDeadline(page.evaluate(script), timeoutMs, 'the script')
  } catch (error) {
    if (!(error instanceof DeadlineError)) throw error
    await withDeadline(page.close({ runBeforeUnload: false }), READ_TIMEOUT_MS, 'the page to close').catch(() => {})
    throw new GatewayError('BROWSER_ERROR', `the script did not finish within ${timeoutMs} ms; its page was closed`)
  }
  const value = jsonValue(raw)
  return { value, result: value }
}

/** What the page is now: a viewport screenshot as a data URL, its serialised DOM and URL. */
export async function snapshot(page: Page) {
  const png = await page.screenshot({ type: 'png' })
  const html = await withDeadline(page.content(), READ_TIMEOUT_MS, 'the DOM')
  return {
    screenshot: `data:image/png;base64,${png.toString('base64')}`,
    dom: html.slice(0, MAX_DOM_CHARS),
    domTruncated: html.length > MAX_DOM_CHARS,
    url: page.url(),
    title: await title(page),
  }
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): { width: number, height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

/** A wait that gave up. */
export class DeadlineError extends Error {}

/** `promise`, or a DeadlineError after `ms` (the promise keeps running; callers decide what to do). */
export async function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(`waited ${ms} ms for ${what}`)), ms)
  })
  try {
    return await Promise.race([promise, deadline])
  } finally {
    clearTimeout(timer)
  }
}

/** Any failure inside the browser as BROWSER_ERROR with Playwright's first line (its call log stays out). */
export function browserError(error: unknown): GatewayError {
  if (error instanceof GatewayError) return error
  return new GatewayError('BROWSER_ERROR', firstLine(error))
}

export function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0].slice(0, 500)
}

async function title(page: Page): Promise<string> {
  return await withDeadline(page.title(), READ_TIMEOUT_MS, 'the page title').catch(() => '')
}

/** The evaluated value as plain JSON (undefined → null; BigInt and the like as strings), bounded in size. */
function jsonValue(raw: unknown): unknown {
  let text: string
  try {
    text = JSON.stringify(raw ?? null)
  } catch {
    text = JSON.stringify(String(raw))
  }
  if (text.length > MAX_VALUE_CHARS) throw new GatewayError('BROWSER_ERROR', `the script's value is over ${MAX_VALUE_CHARS} characters of JSON`)
  return JSON.parse(text)
}
