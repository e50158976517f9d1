import { execFile, execFileSync } from 'node:child_process'
import t from 'tap'
import { say } from './support/fake-model.ts'
import { CLI, startGateway } from './support/gateway.ts'
import { waitFor } from './support/wait.ts'

/** The pid of the gateway's `codex app-server` child. */
function appServerPid(gatewayPid: number): number | undefined {
  const out = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(gatewayPid)], { encoding: 'utf8' })
  const line = out.split('\n').find(l => l.includes('app-server'))
  return line ? Number(line.trim().split(/\s+/)[0]) : undefined
}

t.test('when the app-server is killed, clients hear of it, it restarts, and the chat goes on', async t => {
  const gw = await startGateway(t, { model: [say('before'), say('after')] })
  const chatId = await gw.createChat()
  const stream = await gw.stream(chatId)
  await gw.post(`/v1/chats/${chatId}/messages`, { text: 'first' })
  await stream.next('turn_completed') // Codex persists a thread with its first turn

  const first = await waitFor(() => appServerPid(gw.process.pid!), 5000, () => 'no app-server child')
  process.kill(first, 'SIGKILL')
  const error = await stream.next('error', 5000)
  t.equal(error.data.code, 'CODEX_UNAVAILABLE')
  t.equal(error.data.chatId, chatId)

  await waitFor(async () => (await gw.get('/healthz')).body.ok || undefined, 20_000, () => 'Codex did not come back')
  const second = appServerPid(gw.process.pid!)
  t.not(second, first, 'a new app-server child runs')

  const sent = await gw.post(`/v1/chats/${chatId}/messages`, { text: 'second' })
  t.equal(sent.status, 202, 'the persisted chat accepts a new message')
  const done = await stream.next('turn_completed')
  t.equal(done.data.turnId, sent.body.data.turnId)
})

t.test('healthz says the gateway is degraded while Codex cannot start, and why', async t => {
  const gw = await startGateway(t, { flags: ['--codex-bin', '/nonexistent/codex'], waitForCodex: false })
  const health = await waitFor(async () => {
    const reply = await gw.get('/healthz', { token: null })
    return reply.body.codexError ? reply : undefined
  }, 10_000, () => 'healthz never said why Codex is down')
  t.equal(health.status, 200)
  t.match(health.body.codexError, /ENOENT|nonexistent/)
  t.equal(health.body.ok, false)
  t.not(health.body.codex, 'ready')
  const reply = await gw.post('/v1/chats', { cwd: gw.repo })
  t.equal(reply.status, 503)
  t.equal(reply.body.error.code, 'CODEX_UNAVAILABLE')
  t.match(reply.body.error.message, /ENOENT|nonexistent/)
})

t.test('a config.toml Codex refuses: healthz and doctor both say what to fix', async t => {
  const gw = await startGateway(t, { codex: { approvalPolicy: 'untrusted' }, waitForCodex: false })
  const health = await waitFor(async () => {
    const reply = await gw.get('/healthz', { token: null })
    return reply.body.codexError ? reply : undefined
  }, 10_000, () => 'healthz never said why Codex is down')
  t.equal(health.body.ok, false)
  t.match(health.body.codexError, 'approval_policy = "untrusted" is no longer supported; remove this setting', 'Codex\'s own words, not its backtrace')
  const doctor = await new Promise<{ code: number, stdout: string }>(resolve => execFile(process.execPath,
    [CLI, 'doctor', '--codex-home', gw.codexHome, '--data-dir', gw.dataDir, '--port', '0', '--daemon-port', '0'], { timeout: 60_000 },
    (error, stdout) => resolve({ code: error ? (error.code as number) : 0, stdout })))
  t.equal(doctor.code, 1)
  t.match(doctor.stdout, /FAIL +codex app-server starts: .*approval_policy = "untrusted" is no longer supported; remove this setting/)
})

t.test('SIGTERM stops the gateway and its app-server child', async t => {
  const gw = await startGateway(t)
  const child = appServerPid(gw.process.pid!)!
  t.ok(child)
  const exited = new Promise<number | null>(resolve => gw.process.once('exit', code => resolve(code)))
  gw.process.kill('SIGTERM')
  t.equal(await exited, 0, 'exits with 0')
  const alive = (() => { try { process.kill(child, 0); return true } catch { return false } })()
  t.notOk(alive, 'no orphan app-server')
})
