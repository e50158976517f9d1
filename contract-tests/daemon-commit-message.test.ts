import { execFile } from 'node:child_process'
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import { refusal, type DaemonClient } from './support/daemon-client.ts'
import { say } from './support/fake-model.ts'
import { startGateway, type Gateway } from './support/gateway.ts'
import { waitFor } from './support/wait.ts'

const run = promisify(execFile)
const git = (repo: string, ...args: string[]) => run('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.invalid', ...args], { cwd: repo })

/** Rollout files under a CODEX_HOME folder (`sessions` holds live threads, `archived_sessions` archived ones). */
async function rollouts(codexHome: string, folder: 'sessions' | 'archived_sessions'): Promise<string[]> {
  const entries = await readdir(join(codexHome, folder), { recursive: true }).catch(() => [] as string[])
  return entries.filter(name => name.endsWith('.jsonl'))
}

/** Waits until every rollout of the gateway's Codex is archived; resolves with the archived ones. */
function allArchived(gw: Gateway): Promise<string[]> {
  return waitFor(async () => {
    const [live, archived] = await Promise.all([rollouts(gw.codexHome, 'sessions'), rollouts(gw.codexHome, 'archived_sessions')])
    return live.length === 0 && archived.length > 0 ? archived : undefined
  }, 15_000, () => 'the temporary thread was not archived')
}

/** The app-server events a connection received about threads (any thread/*, turn/* or item/* message). */
function threadEvents(client: DaemonClient): any[] {
  return client.notifications
    .filter(frame => frame.method === 'app-server-event')
    .map(frame => frame.params.message)
    .filter(message => /^(thread|turn|item)\//.test(message.method))
}

t.test('get_commit_message_prompt describes the staged diff, else the working diff', async t => {
  const gw = await startGateway(t, { waitForCodex: false })
  const client = await gw.daemon()
  const workspace = await client.call('add_workspace', { path: gw.repo })
  t.equal((await refusal(client.call('get_commit_message_prompt', { workspaceId: workspace.id }))).code, 'NO_CHANGES', 'a clean tree has nothing to describe')

  await writeFile(join(gw.repo, 'README.md'), '# test repo\n\nWorking-tree line.\n')
  const working = await client.call('get_commit_message_prompt', { workspaceId: workspace.id })
  t.match(working, 'Changes (nothing is staged)')
  t.match(working, '+Working-tree line.')
  t.match(working, /commit message/i, 'it asks for a commit message')

  await writeFile(join(gw.repo, 'greet.ts'), 'export const greet = () => "hi"\n')
  await git(gw.repo, 'add', 'greet.ts')
  const staged = await client.call('get_commit_message_prompt', { workspaceId: workspace.id })
  t.match(staged, 'Staged changes')
  t.match(staged, '+export const greet = () => "hi"')
  t.notMatch(staged, 'Working-tree line.', 'unstaged changes stay out once something is staged')
})

t.test('generate_commit_message runs a temporary thread no client hears of, and archives it', async t => {
  const message = 'Add a greeting helper\n\nSo callers stop formatting greetings by hand.'
  const gw = await startGateway(t, { model: [say(message, { chunks: 3 })] })
  const client = await gw.daemon()
  const watcher = await gw.daemon()
  const workspace = await client.call('add_workspace', { path: gw.repo })
  await writeFile(join(gw.repo, 'greet.ts'), 'export const greet = () => "hi"\n')
  await git(gw.repo, 'add', 'greet.ts')

  // A thread of a client starts at the same time: its events must still reach everyone.
  const [generated, visible] = await Promise.all([
    client.call('generate_commit_message', { workspaceId: workspace.id }, 60_000),
    client.call('start_thread', { workspaceId: workspace.id }),
  ])
  t.equal(generated, message, 'the agent\'s reply, whole')
  const prompt = JSON.stringify(gw.model.requests[0].input)
  t.match(prompt, 'export const greet', 'the model was shown the staged diff')

  const visibleId = visible.result.thread.id
  await watcher.nextEvent(m => m.method === 'thread/started' && m.params.thread.id === visibleId, 10_000)
  t.pass('the other thread\'s thread/started reached the second connection')
  await allArchived(gw)
  await new Promise(resolve => setTimeout(resolve, 500)) // let anything trailing the archive arrive
  for (const [who, connection] of [['caller', client], ['second connection', watcher]] as const) {
    const leaked = threadEvents(connection).filter(m => (m.params?.threadId ?? m.params?.thread?.id) !== visibleId)
    t.same(leaked.map(m => m.method), [], `the ${who} got no event of the temporary thread`)
  }
  const listed = await client.call('list_threads', { workspaceId: workspace.id, limit: 50 })
  t.same(listed.result.data.map((thread: any) => thread.id).filter((id: string) => id !== visibleId), [], 'the temporary thread is not listed')
})

t.test('generate_commit_message is abandoned and its thread archived when the caller goes away', async t => {
  const gw = await startGateway(t, { model: [[{ kind: 'pause', ms: 8_000 }, { kind: 'say', text: 'too late' }]] })
  const client = await gw.daemon()
  const workspace = await client.call('add_workspace', { path: gw.repo })
  await writeFile(join(gw.repo, 'README.md'), 'changed\n')
  // Written raw: no answer will come, and a pending request's timer would hold the test open.
  client.write(`${JSON.stringify({ id: 'gen', method: 'generate_commit_message', params: { workspaceId: workspace.id } })}\n`)
  await waitFor(() => gw.model.requests.length > 0 || undefined, 20_000, () => 'the turn never reached the model')
  client.close()
  t.equal((await allArchived(gw)).length, 1, 'archived once its caller left')
})

t.test('stopping the gateway archives a commit message thread in progress', async t => {
  const gw = await startGateway(t, { model: [[{ kind: 'pause', ms: 8_000 }, { kind: 'say', text: 'too late' }]] })
  const client = await gw.daemon()
  const workspace = await client.call('add_workspace', { path: gw.repo })
  await writeFile(join(gw.repo, 'README.md'), 'changed\n')
  client.write(`${JSON.stringify({ id: 'gen', method: 'generate_commit_message', params: { workspaceId: workspace.id } })}\n`)
  await waitFor(() => gw.model.requests.length > 0 || undefined, 20_000, () => 'the turn never reached the model')
  gw.process.kill('SIGTERM')
  await waitFor(() => gw.process.exitCode !== null || gw.process.signalCode !== null || undefined, 20_000, () => 'the gateway did not stop')
  t.same(await rollouts(gw.codexHome, 'sessions'), [], 'no live thread left behind')
  t.equal((await rollouts(gw.codexHome, 'archived_sessions')).length, 1)
})

t.test('generate_commit_message needs a connected workspace with changes', async t => {
  const gw = await startGateway(t, { waitForCodex: false })
  const client = await gw.daemon()
  const workspace = await client.call('add_workspace', { path: gw.repo })
  t.equal((await refusal(client.call('generate_commit_message', { workspaceId: workspace.id }))).code, 'NO_CHANGES')
  await gw.restart()
  const after = await gw.daemon()
  await writeFile(join(gw.repo, 'README.md'), 'changed\n')
  t.equal((await refusal(after.call('generate_commit_message', { workspaceId: workspace.id }))).message, 'workspace not connected')
  t.same(await rollouts(gw.codexHome, 'sessions'), [], 'no thread was started')
})
