import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { refusal, type DaemonClient } from './support/daemon-client.ts'
import { startGateway, stopProcess, type TestContext } from './support/gateway.ts'
import { waitFor } from './support/wait.ts'

const PAGE = `<!doctype html><html><head><title>Test page</title></head><body style="margin:0">
<button id="go" style="position:absolute;left:10px;top:10px;width:100px;height:40px"
  onclick="document.getElementById('out').textContent = 'clicked'">Go</button>
<button id="corner" style="position:absolute;left:200px;top:100px;width:80px;height:40px"
  onclick="document.getElementById('out').textContent = 'corner'">Corner</button>
<p id="out" style="position:absolute;top:200px">waiting</p>
<input id="name" style="position:absolute;top:260px"
  onkeydown="if (event.key === 'Enter') document.getElementById('keys').textContent = 'enter:' + this.value">
<p id="keys" style="position:absolute;top:300px"></p>
</body></html>`
const TALL = '<!doctype html><html><head><title>Tall</title></head><body style="margin:0"><div style="height:2000px">tall</div></body></html>'
const OTHER = '<!doctype html><html><head><title>Other</title></head><body>other</body></html>'

/** The test's own web server on loopback. */
async function servePages(t: TestContext): Promise<string> {
  const server = createServer((request, response) => {
    const body = request.url === '/tall' ? TALL : request.url === '/other' ? OTHER : PAGE
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise(resolve => server.close(resolve)))
  server.unref()
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

async function tempDir(t: TestContext, prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  return dir
}

/** Command lines of the processes that mention `text` (Chromium carries its --user-data-dir). */
function processesMentioning(text: string): Promise<string> {
  return new Promise(resolve => execFile('pgrep', ['-a', '-f', text], (_error, stdout) => resolve(stdout.trim())))
}

/** Width and height of a PNG from its IHDR chunk, after checking the signature. */
function pngSize(t: TestContext & { equal: Function }, base64: string): { width: number, height: number } {
  const png = Buffer.from(base64, 'base64')
  t.equal(png.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', 'a PNG signature')
  t.equal(png.subarray(12, 16).toString('latin1'), 'IHDR', 'an IHDR chunk first')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

const text = (client: DaemonClient, sessionId: string, selector: string) =>
  client.call('browser_evaluate', { sessionId, script: `document.querySelector(${JSON.stringify(selector)}).textContent` }).then(r => r.value)

t.test('browser sessions on the system Chromium', async t => {
  const site = await servePages(t)
  const temp = await tempDir(t, 'browser-tmp-')
  const gw = await startGateway(t, { waitForCodex: false, env: { TMPDIR: temp, CODEX_GATEWAY_BROWSER_MAX_SESSIONS: '2' } })
  const client = await gw.daemon()
  const { sessionId } = await client.call('browser_create_session', { viewport: { width: 640, height: 480 }, startUrl: `${site}/` }, 60_000)
  t.match(sessionId, /^b-/)

  t.test('a click on a button, by selector or by point, changes the DOM', async t => {
    t.equal(await text(client, sessionId, '#out'), 'waiting')
    t.same(await client.call('browser_click', { sessionId, selector: '#go' }), { ok: true })
    t.equal(await text(client, sessionId, '#out'), 'clicked')
    t.same(await client.call('browser_click', { sessionId, x: 240, y: 120 }), { ok: true })
    t.equal(await text(client, sessionId, '#out'), 'corner')
    t.equal((await refusal(client.call('browser_click', { sessionId }))).code, 'INVALID_REQUEST')
    t.equal((await refusal(client.call('browser_click', { sessionId, selector: '#missing', timeoutMs: 500 }))).code, 'BROWSER_ERROR')
  })

  t.test('typing fills the focused input, or the one a selector names', async t => {
    await client.call('browser_click', { sessionId, selector: '#name' })
    t.same(await client.call('browser_type', { sessionId, text: 'hello' }), { ok: true })
    t.equal((await client.call('browser_evaluate', { sessionId, script: 'document.getElementById("name").value' })).value, 'hello')
    await client.call('browser_type', { sessionId, selector: '#name', text: 'world', clearFirst: true })
    t.equal((await client.call('browser_evaluate', { sessionId, script: 'document.getElementById("name").value' })).value, 'world')
  })

  t.test('press sends a key to the focused element, and an unknown key is refused', async t => {
    t.same(await client.call('browser_press', { sessionId, key: 'Enter' }), { ok: true })
    t.equal(await text(client, sessionId, '#keys'), 'enter:world')
    t.equal((await refusal(client.call('browser_press', { sessionId, key: 'NoSuchKey' }))).code, 'INVALID_REQUEST')
  })

  t.test('evaluate returns JSON values, awaits promises, and reports what a script throws', async t => {
    t.same(await client.call('browser_evaluate', { sessionId, script: '1 + 2' }), { value: 3, result: 3 })
    t.same((await client.call('browser_evaluate', { sessionId, script: 'Promise.resolve({ a: [1, "x"], t: document.title })' })).value, { a: [1, 'x'], t: 'Test page' })
    t.same((await client.call('browser_evaluate', { sessionId, script: 'undefined' })).value, null)
    t.same((await client.call('browser_evaluate', { sessionId, js: '"worker spelling"' })).value, 'worker spelling')
    const thrown = await refusal(client.call('browser_evaluate', { sessionId, script: 'throw new Error("boom-42")' }))
    t.equal(thrown.code, 'BROWSER_ERROR')
    t.match(thrown.message, 'boom-42')
    t.equal((await refusal(client.call('browser_evaluate', { sessionId }))).code, 'INVALID_REQUEST')
  })

  t.test('a script that never ends times out, and the session goes on in a fresh tab', async t => {
    const hung = await refusal(client.call('browser_evaluate', { sessionId, script: 'while (true) {}', timeoutMs: 1000 }))
    t.equal(hung.code, 'BROWSER_ERROR')
    t.match(hung.message, 'did not finish within 1000 ms')
    t.same((await client.call('browser_evaluate', { sessionId, script: '[location.href, innerWidth]' })).value, ['about:blank', 640])
    await client.call('browser_navigate', { sessionId, url: `${site}/` })
  })

  t.test('screenshot is a real PNG of the viewport size, or of the whole page', async t => {
    const shot = await client.call('browser_screenshot', { sessionId })
    t.match(shot, { url: `${site}/`, title: 'Test page', width: 640, height: 480 })
    t.same(pngSize(t, shot.base64Png), { width: 640, height: 480 })
    await client.call('browser_navigate', { sessionId, url: `${site}/tall` })
    const full = await client.call('browser_screenshot', { sessionId, fullPage: true })
    t.same(pngSize(t, full.base64Png), { width: 640, height: 2000 })
    t.match(full, { width: 640, height: 2000, title: 'Tall' })
  })

  t.test('snapshot has a screenshot, the DOM and the URL', async t => {
    await client.call('browser_navigate', { sessionId, url: `${site}/` })
    const snap = await client.call('browser_snapshot', { sessionId })
    t.match(snap, { url: `${site}/`, title: 'Test page', domTruncated: false })
    t.match(snap.dom, '<button id="go"')
    t.ok(snap.screenshot.startsWith('data:image/png;base64,'))
    t.same(pngSize(t, snap.screenshot.slice('data:image/png;base64,'.length)), { width: 640, height: 480 })
  })

  t.test('navigate goes to http pages and about:blank, and refuses every other scheme', async t => {
    t.same(await client.call('browser_navigate', { sessionId, url: `${site}/other`, waitUntil: 'domcontentloaded' }), { ok: true, url: `${site}/other` })
    t.same(await client.call('browser_navigate', { sessionId, url: 'about:blank' }), { ok: true, url: 'about:blank' })
    for (const url of ['file:///etc/passwd', 'chrome://version', 'data:text/html,hi', 'javascript:alert(1)', 'not a url']) {
      t.equal((await refusal(client.call('browser_navigate', { sessionId, url }))).code, 'INVALID_REQUEST', url)
    }
    t.equal((await refusal(client.call('browser_create_session', { startUrl: 'file:///etc/passwd' }))).code, 'INVALID_REQUEST')
    // A page cannot get there by itself either: Chromium blocks web pages from opening local files.
    await client.call('browser_evaluate', { sessionId, script: 'location.href = "file:///etc/passwd"' }).catch(() => {})
    t.notMatch((await client.call('browser_snapshot', { sessionId })).url, /^file:/)
  })

  t.test('sessions belong to the gateway: another connection lists and uses them', async t => {
    const other = await gw.daemon()
    const listed = await other.call('browser_list_sessions')
    t.same(listed.sessions, [sessionId])
    t.match(listed.details, [{ sessionId, headless: true, persistent: false }])
    t.same(await other.call('browser_navigate', { sessionId, url: `${site}/` }), { ok: true, url: `${site}/` })
    other.close()
    await other.closed
    t.same((await client.call('browser_list_sessions')).sessions, [sessionId], 'closing a connection leaves the sessions open')
  })

  t.test('the cap refuses one session too many, and closing one frees its slot', async t => {
    const both = await Promise.allSettled([1, 2].map(() => client.call('browser_create_session', {}, 60_000)))
    const made = both.flatMap(attempt => attempt.status === 'fulfilled' ? [attempt.value] : [])
    const refused = both.flatMap(attempt => attempt.status === 'rejected' ? [attempt.reason] : [])
    t.equal(made.length, 1, 'of two asked for at once, only one fits')
    t.equal(refused[0]?.code, 'BROWSER_SESSION_LIMIT')
    const second = made[0]
    t.equal((await refusal(client.call('browser_create_session', {}, 60_000))).code, 'BROWSER_SESSION_LIMIT')
    t.same(await client.call('browser_close_session', { sessionId: second.sessionId }), { ok: true })
    t.equal((await refusal(client.call('browser_screenshot', { sessionId: second.sessionId }))).code, 'BROWSER_SESSION_NOT_FOUND')
    t.equal((await refusal(client.call('browser_close_session', { sessionId: second.sessionId }))).code, 'BROWSER_SESSION_NOT_FOUND')
    const third = await client.call('browser_create_session', {}, 60_000)
    t.same((await client.call('browser_list_sessions')).sessions.sort(), [sessionId, third.sessionId].sort())
    await client.call('browser_close_session', { sessionId: third.sessionId })
  })

  t.test('a closed session leaves no Chromium and no throwaway profile behind', async t => {
    const { sessionId: brief } = await client.call('browser_create_session', {}, 60_000)
    const profiles = (await readdir(temp)).filter(name => name.startsWith('codex-gateway-browser-'))
    t.equal(profiles.length, 2, 'one profile folder per open session')
    await client.call('browser_close_session', { sessionId: brief })
    const left = (await readdir(temp)).filter(name => name.startsWith('codex-gateway-browser-'))
    t.equal(left.length, 1)
    const closed = profiles.find(name => !left.includes(name))!
    t.equal(await processesMentioning(join(temp, closed)), '', 'its Chromium is gone')
  })

  t.test('userDataDir must stay in the profiles folder, and a persistent profile survives its session', async t => {
    for (const userDataDir of ['/etc', '../escape', 'a/../../escape', join(gw.dataDir, 'tokens')]) {
      t.equal((await refusal(client.call('browser_create_session', { userDataDir }))).code, 'INVALID_PATH', userDataDir)
    }
    const kept = await client.call('browser_create_session', { userDataDir: 'work' }, 60_000)
    t.match((await client.call('browser_list_sessions')).details.find((d: any) => d.sessionId === kept.sessionId), { persistent: true })
    await client.call('browser_close_session', { sessionId: kept.sessionId })
    t.ok(existsSync(join(gw.dataDir, 'browser-profiles', 'work', 'Default')), 'the profile is kept')
  })

  t.test('stopping the gateway closes every Chromium and removes the throwaway profiles', async t => {
    t.not(await processesMentioning(temp), '', 'the open session runs a Chromium')
    await stopProcess(gw.process)
    t.equal(await processesMentioning(temp), '', 'no process mentions the profiles any more')
    t.same((await readdir(temp)).filter(name => name.startsWith('codex-gateway-browser-')), [])
  })
})

t.test('an idle session is closed once the idle limit passes', async t => {
  const temp = await tempDir(t, 'browser-idle-')
  const gw = await startGateway(t, { waitForCodex: false, env: { TMPDIR: temp, CODEX_GATEWAY_BROWSER_IDLE_SECONDS: '1' } })
  const client = await gw.daemon()
  const { sessionId } = await client.call('browser_create_session', {}, 60_000)
  await waitFor(async () => (await client.call('browser_list_sessions')).sessions.length === 0 || undefined, 15_000, () => 'the idle session was not reaped')
  t.equal((await refusal(client.call('browser_screenshot', { sessionId }))).code, 'BROWSER_SESSION_NOT_FOUND')
  // The session leaves the list at once; its Chromium and profile take a moment to go.
  const gone = async () => await processesMentioning(temp) === '' && !(await readdir(temp)).some(name => name.startsWith('codex-gateway-browser-'))
  t.ok(await waitFor(async () => await gone() || undefined, 15_000, () => 'the reaped session\'s Chromium or profile is still there'))
})

t.test('without Chromium, or without a display for a visible one, creating a session says why', async t => {
  const gw = await startGateway(t, { waitForCodex: false, env: { CODEX_GATEWAY_CHROMIUM: '/nonexistent/chromium', DISPLAY: '', WAYLAND_DISPLAY: '' } })
  const client = await gw.daemon()
  const missing = await refusal(client.call('browser_create_session', {}))
  t.equal(missing.code, 'BROWSER_UNAVAILABLE')
  t.match(missing.message, /Chromium not found at \/nonexistent\/chromium.*apt-get install chromium.*CODEX_GATEWAY_CHROMIUM/)
  const headed = await refusal(client.call('browser_create_session', { headless: false }))
  t.equal(headed.code, 'BROWSER_UNAVAILABLE')
  t.match(headed.message, 'needs a display')
  t.same(await client.call('browser_list_sessions'), { sessions: [], details: [] })
})
