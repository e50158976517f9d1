import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { makeCodexHome } from './support/codex-home.ts'
import { startFakeModel } from './support/fake-model.ts'
import { CLI, issueToken, startGateway } from './support/gateway.ts'

/** Runs the CLI; resolves with its exit code and output, whatever the code. */
function cli(...args: string[]): Promise<{ code: number, stdout: string, stderr: string }> {
  return new Promise(resolve => {
    execFile(process.execPath, [CLI, ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
    })
  })
}

async function tempDir(t: { teardown(fn: () => unknown): void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cli-test-'))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  return dir
}

t.test('every command has --help, exiting 0', async t => {
  for (const command of [['serve'], ['token', 'issue'], ['devices', 'list'], ['devices', 'revoke'], ['doctor']]) {
    const { code, stdout } = await cli(...command, '--help')
    t.equal(code, 0, command.join(' '))
    t.match(stdout, `codex-gateway ${command.join(' ')}`)
  }
})

t.test('usage mistakes exit 2 with a message', async t => {
  const cases = [['frobnicate'], ['serve', '--no-such-flag'], ['serve', '--port', 'eighty'], ['token', 'issue'], ['devices', 'revoke']]
  for (const args of cases) {
    const { code, stderr } = await cli(...args)
    t.equal(code, 2, args.join(' '))
    t.ok(stderr.length > 0, 'says why')
  }
})

t.test('token issue stores only a hash, in a 0600 file inside a 0700 data dir', async t => {
  const dataDir = join(await tempDir(t), 'data')
  const { token, deviceId } = await issueToken(dataDir, 'phone')
  t.match(token, /^[A-Za-z0-9_-]{40,}$/)
  const file = await readFile(join(dataDir, 'tokens.json'), 'utf8')
  t.notMatch(file, token, 'the token itself is not on disk')
  t.match(file, deviceId)
  t.equal((await stat(join(dataDir, 'tokens.json'))).mode & 0o777, 0o600)
  t.equal((await stat(dataDir)).mode & 0o777, 0o700)
  const listed = JSON.parse((await cli('devices', 'list', '--data-dir', dataDir)).stdout)
  t.same(listed.devices.map((d: any) => [d.id, d.name]), [[deviceId, 'phone']])
})

t.test('a revoked device token stops working at once on a running gateway', async t => {
  const gw = await startGateway(t, { waitForCodex: false })
  const other = await issueToken(gw.dataDir, 'tablet')
  t.equal((await gw.post('/v1/chats', { cwd: gw.repo }, { token: other.token })).status, 201, 'a token issued after start works at once')
  const { code } = await cli('devices', 'revoke', other.deviceId, '--data-dir', gw.dataDir)
  t.equal(code, 0)
  t.equal((await gw.post('/v1/chats', { cwd: gw.repo }, { token: other.token })).status, 401)
  t.equal((await gw.post('/v1/chats', { cwd: gw.repo })).status, 201, 'other devices are unaffected')
  t.equal((await cli('devices', 'revoke', other.deviceId, '--data-dir', gw.dataDir)).code, 1, 'revoking twice fails')
})

t.test('doctor passes on a working setup and names what is broken otherwise', async t => {
  const model = await startFakeModel()
  t.teardown(() => model.close())
  const codexHome = await makeCodexHome(model.url)
  t.teardown(() => rm(codexHome, { recursive: true, force: true }))
  const dataDir = await tempDir(t)
  const good = await cli('doctor', '--codex-home', codexHome, '--data-dir', dataDir, '--port', '0', '--daemon-port', '0')
  t.equal(good.code, 0, good.stdout)
  t.match(good.stdout, /ok +codex binary: codex-cli 0\.169\.0/)
  t.match(good.stdout, /ok +codex app-server starts/)
  const bad = await cli('doctor', '--codex-home', codexHome, '--data-dir', dataDir, '--codex-bin', '/nonexistent/codex', '--port', '0', '--daemon-port', '0')
  t.equal(bad.code, 1)
  t.match(bad.stdout, /FAIL +codex binary: .*ENOENT/)
})

t.test('selftest runs the closed loop against a running gateway and reports every step', async t => {
  const gw = await startGateway(t)
  const { code, stdout } = await cli('selftest', '--url', gw.url, '--data-dir', gw.dataDir, '--codex-home', gw.codexHome)
  t.equal(code, 0, stdout)
  for (const step of ['gateway answers /healthz', 'create a chat', 'load the project context', 'exercise the git routes', 'round-trip the runtime config', 'send a message and collect its stream']) {
    t.match(stdout, new RegExp(`PASS  ${step}`))
  }
  t.match(stdout, 'config.toml byte-identical')
  t.equal(JSON.parse((await cli('devices', 'list', '--data-dir', gw.dataDir)).stdout).devices.length, 1, 'its own token is revoked again')
})

t.test('selftest fails clearly when no gateway answers', async t => {
  const dataDir = await tempDir(t)
  const { code, stdout } = await cli('selftest', '--url', 'http://127.0.0.1:9', '--data-dir', dataDir)
  t.equal(code, 1)
  t.match(stdout, /FAIL  gateway answers \/healthz/)
})
