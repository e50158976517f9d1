import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import t from 'tap'
import { execEscalated, say } from '../support/fake-model.ts'
import type { DaemonClient } from '../support/daemon-client.ts'
import { startGateway } from '../support/gateway.ts'
import { waitFor, withTimeout } from '../support/wait.ts'
import { alive, descendants } from './support/processes.ts'

// SIGTERM in the middle of a streaming turn, with a workspace app-server, a terminal with a
// background job and a browser session running too: the gateway exits cleanly, leaves no process behind, leaves every store whole, and comes back with its
// tokens, sync log, workspaces and allow-always rules.

/** Every JSON store under `dir` parses; no temp file of an interrupted write is left. */
async function storesProblems(dir: string): Promise<string[]> {
  const problems: string[] = []
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    if (/\.tmp|~$/.test(entry.name)) problems.push(`temp file left: ${path}`)
    if (entry.name.endsWith('.json')) await readFile(path, 'utf8').then(JSON.parse).catch(error => problems.push(`${path}: ${error.message}`))
  }
  return problems
}

/** Everything the daemon's terminals printed so far. */
const terminalOutput = (daemon: DaemonClient) => daemon.notifications.filter(f => f.method === 'terminal-output').map(f => f.params.data).join('')

t.test('SIGTERM mid-turn exits cleanly, orphans nothing, and a restart resumes everything', async t => {
  const gw = await startGateway(t, { model: [say('first'), execEscalated('touch allowed.txt'), say('ran it')] })
  const chatId = await gw.createChat()
  const stream = await gw.stream(chatId)
  const bridge = await gw.bridge()
  await gw.post(`/v1/chats/${chatId}/messages`, { text: 'hello' })
  await stream.next('turn_completed')

  // allow_always on a command with Codex's proposed rule: persisted by Codex in CODEX_HOME/rules.
  await gw.post(`/v1/chats/${chatId}/messages`, { text: 'touch it' })
  const asked = await stream.next('approval_required')
  t.equal((await gw.post(`/v1/approvals/${asked.data.id}`, { decision: 'allow_always' })).status, 200, 'allow_always accepted')
  await stream.next('turn_completed')
  const rulesFile = join(gw.codexHome, 'rules/default.rules')
  const rules = await readFile(rulesFile, 'utf8')
  t.match(rules, 'touch', 'the rule is written')

  const daemon = await gw.daemon()
  const workspace = await daemon.call('add_workspace', { path: gw.repo })
  // A terminal with a background job and a browser session: both must go with the gateway.
  await daemon.call('terminal_open', { workspaceId: workspace.id, terminalId: 'term', cols: 80, rows: 24 })
  await daemon.call('terminal_write', { terminalId: 'term', data: 'sleep 300 & echo "job=$!"\r' })
  const job = Number((await waitFor(() => /job=(\d+)/.exec(terminalOutput(daemon)) ?? undefined, 10_000, () => 'the terminal did not start its job'))[1])
  await daemon.call('browser_create_session', { viewport: { width: 320, height: 240 } }, 60_000)

  // A turn that streams for a long while: SIGTERM lands in the middle of it.
  gw.model.push([{ kind: 'say', text: 'streaming ', chunks: 2 }, { kind: 'pause', ms: 15_000 }])
  const before = stream.frames.length
  await gw.post(`/v1/chats/${chatId}/messages`, { text: 'long' })
  await waitFor(() => stream.frames.slice(before).some(f => f.type === 'message_delta') || undefined, 30_000, () => 'the long turn never streamed')
  const lastSeq = Math.max(...bridge.frames.filter(f => f.type === 'event' && f.session_id === chatId).map(f => f.seq))
  const children = descendants(gw.process.pid!)
  t.ok(children.filter(c => / app-server\b/.test(c.args)).length >= 2, 'two app-servers run')
  t.ok(children.some(c => c.pid === job), 'the terminal job runs under the gateway')
  t.ok(children.some(c => /chrom/.test(c.args)), 'Chromium runs under the gateway')

  const exited = new Promise<number | null>(resolve => gw.process.once('exit', code => resolve(code)))
  gw.process.kill('SIGTERM')
  t.equal(await withTimeout(exited, 15_000, 'the gateway did not exit within 15 s of SIGTERM'), 0, 'exit code 0')
  t.same(children.filter(c => alive(c.pid)).map(c => c.args), [], 'no process of the gateway is left: app-servers, shell, job, browser')
  t.same(await storesProblems(gw.dataDir), [], 'every store is whole')

  await gw.restart()
  t.equal((await gw.get('/v1/projects')).status, 200, 'the token still works')
  const bridge2 = await gw.bridge()
  const sync = await bridge2.request('session.sync', { session_id: chatId, since_seq: lastSeq })
  t.equal(sync.needs_full_sync, false, `the sync log goes on from seq ${lastSeq}`)
  t.ok(sync.last_seq >= lastSeq, 'no seq went backwards')
  const daemon2 = await gw.daemon()
  t.ok((await daemon2.call('list_workspaces')).some((w: any) => w.id === workspace.id), 'the workspace is remembered')
  t.equal(await readFile(rulesFile, 'utf8'), rules, 'the allow-always rule is intact')

  // The persisted chat takes a message after the restart, and the rule spares the question.
  gw.model.push(execEscalated('touch allowed.txt'), say('again'))
  const stream2 = await gw.stream(chatId)
  const sent = await gw.post(`/v1/chats/${chatId}/messages`, { text: 'touch it again' })
  t.equal(sent.status, 202)
  await stream2.next('turn_completed')
  t.notOk(stream2.frames.some(f => f.type === 'approval_required'), 'no approval was asked again')
})
