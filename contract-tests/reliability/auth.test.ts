import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import { WebSocket } from 'ws'
import { routes } from '../../generated/server/routes.ts'
import { CLI, startGateway } from '../support/gateway.ts'

// Who may do what: a device token is the only key to data, it is never stored in the clear, and
// pairing (the way to get one) is only offered to this computer.

const run = promisify(execFile)

t.test('tokens are stored hashed in a 0600 file inside a 0700 data dir', async t => {
  const gw = await startGateway(t, { waitForCodex: false })
  t.equal((await stat(gw.dataDir)).mode & 0o777, 0o700, 'data dir 0700')
  const tokens = join(gw.dataDir, 'tokens.json')
  t.equal((await stat(tokens)).mode & 0o777, 0o600, 'tokens.json 0600')
  const stored = await readFile(tokens, 'utf8')
  t.notOk(stored.includes(gw.token), 'the token itself is not in the file')
  t.notOk(stored.includes(Buffer.from(gw.token).toString('base64')), 'nor its base64')
  for (const name of await readdir(gw.dataDir)) {
    const path = join(gw.dataDir, name)
    const info = await stat(path)
    if (info.isFile()) t.notOk((await readFile(path, 'utf8')).includes(gw.token), `${name} does not hold the token`)
  }
})

t.test('every data route of openapi.yaml answers 401 without a token or with a wrong one', async t => {
  const gw = await startGateway(t, { waitForCodex: false })
  const secured = routes.filter(route => route.secured)
  t.ok(secured.length > 15, `${secured.length} secured routes`)
  for (const route of secured) {
    const path = route.path.replace(/\{[^}]+\}/g, 'x')
    const body = route.hasBody ? {} : undefined
    for (const token of [null, 'wrong-token', `${gw.token}x`]) {
      const reply = await gw.request(route.method, path, body, { token })
      t.equal(reply.status, 401, `${route.method} ${route.path} with ${token === null ? 'no token' : 'a wrong token'}`)
      t.equal(reply.body?.error?.code, 'UNAUTHORIZED')
    }
  }
  const bridgeHeader = await gw.get('/v1/sessions', { token: null, headers: { 'x-bridge-token': 'wrong' } })
  t.equal(bridgeHeader.status, 401, 'a wrong x-bridge-token too')
})

t.test('WebSocket upgrades without a valid token are refused before the switch', async t => {
  const gw = await startGateway(t, { waitForCodex: false })
  const ws = gw.url.replace(/^http/, 'ws')
  const status = (url: string, headers: Record<string, string> = {}) => new Promise<number>((resolve, reject) => {
    const socket = new WebSocket(url, { headers })
    socket.on('unexpected-response', (_req, res) => { resolve(res.statusCode!); socket.terminate() })
    socket.on('open', () => { socket.terminate(); reject(new Error(`${url} was upgraded`)) })
    socket.on('error', () => {})
  })
  for (const url of [`${ws}/`, `${ws}/?token=`, `${ws}/?token=wrong`, `${ws}/v1/stream?chatId=x`]) t.equal(await status(url), 401, url)
  t.equal(await status(`${ws}/`, { 'x-bridge-token': 'wrong' }), 401, 'x-bridge-token: wrong')
  t.equal(await status(`${ws}/v1/stream?chatId=x`, { authorization: 'Bearer wrong' }), 401, 'Bearer wrong')
})

t.test('pairing cannot be requested from an address other than loopback', async t => {
  // A network namespace of our own with a documentation address (192.0.2.10) on its loopback
  // device: the gateway listens there and the request comes from there, never leaving the host.
  const probe = await run('unshare', ['-n', 'true']).then(() => true, () => false)
  if (!probe) {
    if (process.env.CI) t.fail('unshare -n is not available (CI runs as root and needs it)')
    else t.comment('skipped: this user cannot create a network namespace (unshare -n)')
    return
  }
  const dir = await mkdtemp(join(tmpdir(), 'netns-pairing-'))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  const script = join(import.meta.dirname, 'support/netns-pairing.ts')
  const shell = `ip link set lo up && ip addr add 192.0.2.10/32 dev lo && exec "${process.execPath}" "${script}" "${CLI}" 192.0.2.10 "${join(dir, 'data')}" "${join(dir, 'codex')}"`
  const { stdout } = await run('unshare', ['-n', 'sh', '-c', shell], { timeout: 60_000 })
  const { status, body } = JSON.parse(stdout.trim().split('\n').pop()!)
  t.equal(status, 403, 'refused')
  t.equal(body.error.code, 'FORBIDDEN')
})
