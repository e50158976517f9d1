import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import { refusal } from './support/daemon-client.ts'
import { CLI, issueToken, startGateway } from './support/gateway.ts'
import { withTimeout } from './support/wait.ts'

const run = promisify(execFile)

t.test('the daemon face over plain TCP', async t => {
  const gw = await startGateway(t, { flags: ['--daemon-line-limit', '4096'], waitForCodex: false })

  t.test('every call before auth answers unauthorized, and a bad token is refused', async t => {
    const client = await gw.daemon({ token: null })
    for (const method of ['ping', 'list_workspaces', 'no_such_method']) {
      const error = await refusal(client.call(method))
      t.equal(error.message, 'unauthorized', `${method} before auth`)
      t.equal(error.code, 'UNAUTHORIZED')
    }
    t.equal((await refusal(client.call('auth', { token: 'not-a-token' }))).message, 'unauthorized')
    t.same(await client.call('auth', { token: gw.token }), { ok: true })
    t.same(await client.call('ping'), { ok: true }, 'the same connection works once authenticated')
  })

  t.test('three failed auth attempts close the connection', async t => {
    const client = await gw.daemon({ token: null })
    for (let i = 0; i < 3; i++) await refusal(client.call('auth', { token: `wrong-${i}` }))
    await withTimeout(client.closed, 5000, 'the connection stayed open')
    t.pass('closed')
  })

  t.test('a malformed line gets an error and the connection lives on', async t => {
    const client = await gw.daemon()
    client.write('this is not json\n')
    const malformed = await client.nextOrphan()
    t.equal(malformed.error.code, 'MALFORMED_JSON')
    t.match(malformed.error.message, /^malformed JSON/)
    client.write('[1, 2]\n')
    t.equal((await client.nextOrphan()).error.code, 'INVALID_REQUEST', 'a JSON value that is not a request')
    t.same(await client.call('ping'), { ok: true })
  })

  t.test('an over-long line is refused without being buffered and the connection lives on', async t => {
    const client = await gw.daemon()
    // Sent in pieces: the refusal must come as soon as the cap is passed, before the newline.
    client.write(`{"id":"too-long","method":"ping","params":{"pad":"${'x'.repeat(3000)}`)
    client.write('y'.repeat(3000))
    const refused = await client.nextOrphan()
    t.equal(refused.error.code, 'PAYLOAD_TOO_LARGE')
    t.match(refused.error.message, 'over 4096 bytes')
    client.write(`${'z'.repeat(100_000)}"}}\n`)
    t.same(await client.call('ping'), { ok: true }, 'the rest of the long line was dropped')
    t.equal(client.frames.filter(f => f.error?.code === 'PAYLOAD_TOO_LARGE').length, 1, 'refused once')
    t.notOk(client.frames.some(f => f.id === 'too-long'), 'the long request never ran')
  })

  t.test('an unknown method is named in the error', async t => {
    const client = await gw.daemon()
    const error = await refusal(client.call('launch_rockets'))
    t.equal(error.message, 'unknown method: launch_rockets')
    t.equal(error.code, 'UNKNOWN_METHOD')
  })

  t.test('params that break the spec are refused with the reason', async t => {
    const client = await gw.daemon()
    const error = await refusal(client.call('add_workspace', { codex_bin: null }))
    t.equal(error.code, 'INVALID_REQUEST')
    t.match(error.message, /add_workspace.*path/)
    const string = await client.request('ping', undefined)
    t.same(string.result, { ok: true }, 'a method without params needs none')
  })

  t.test('string request ids are echoed as strings', async t => {
    const client = await gw.daemon()
    client.write('{"id":"abc","method":"ping"}\n')
    await withTimeout(new Promise<void>(resolve => {
      const look = () => client.frames.some(f => f.id === 'abc') ? resolve() : setTimeout(look, 20)
      look()
    }), 5000, 'no answer to id "abc"')
    t.same(client.frames.find(f => f.id === 'abc'), { id: 'abc', result: { ok: true } })
  })

  t.test('open_workspace_in is not supported in daemon mode', async t => {
    const client = await gw.daemon()
    const error = await refusal(client.call('open_workspace_in', { workspaceId: 'x', app: 'finder' }))
    t.equal(error.message, 'open_workspace_in is not supported in daemon mode.')
    t.equal(error.code, 'NOT_SUPPORTED')
  })

  t.test('revoking a device closes its daemon connections', async t => {
    const other = await issueToken(gw.dataDir, 'doomed')
    const client = await gw.daemon({ token: other.token })
    await run(process.execPath, [CLI, 'devices', 'revoke', other.deviceId, '--data-dir', gw.dataDir])
    await withTimeout(client.closed, 5000, 'the revoked device stayed connected')
    const again = await gw.daemon({ token: null })
    t.equal((await refusal(again.call('auth', { token: other.token }))).message, 'unauthorized')
  })
})

t.test('with --tls-cert and --tls-key the daemon speaks TLS', async t => {
  const dir = await mkdtemp(join(tmpdir(), 'daemon-tls-'))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  const [cert, key] = [join(dir, 'cert.pem'), join(dir, 'key.pem')]
  await run('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-keyout', key, '-out', cert])
  const gw = await startGateway(t, { flags: ['--tls-cert', cert, '--tls-key', key], waitForCodex: false })
  t.match(gw.output.stdout, /daemon listening on tls:\/\/127\.0\.0\.1:\d+/)
  const client = await gw.daemon({ tls: true })
  t.same(await client.call('ping'), { ok: true })

  const stranger = await gw.daemon({ tls: true, token: null })
  stranger.write(`${'x'.repeat(70_000)}\n`)
  t.match((await stranger.nextOrphan()).error.message, 'over 65536 bytes', 'before auth, lines are capped at 64 KiB whatever the limit')
})
