import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { makeCodexHome, makeGitRepo } from '../../contract-tests/support/codex-home.ts'
import { execEscalated, say, startFakeModel } from '../../contract-tests/support/fake-model.ts'
import { withTimeout } from '../../contract-tests/support/wait.ts'
import { AppServer } from './app-server.ts'
import type { ServerRequest } from './json-rpc.ts'

async function setup(t: Test, script: Parameters<typeof startFakeModel>[0]) {
  const model = await startFakeModel(script)
  const codexHome = await makeCodexHome(model.url)
  const repo = await makeGitRepo()
  // The child inherits HOME; Codex's login shell must not source this machine's profile.
  process.env.HOME = codexHome
  const codex = new AppServer({ codexHome, clientVersion: 'test' })
  t.teardown(async () => {
    await codex.stop()
    await model.close()
    await Promise.all([codexHome, repo].map(d => rm(d, { recursive: true, force: true })))
  })
  await codex.start()
  return { codex, repo, model }
}

t.test('an approval request from the real app-server surfaces with its own id and is answered once', async t => {
  const { codex, repo } = await setup(t, [execEscalated('touch approved.txt'), say('done')])
  const { thread } = await codex.request('thread/start', { cwd: repo })
  const asked = new Promise<ServerRequest>(resolve => codex.once('serverRequest', resolve))
  const completed = new Promise(resolve => codex.on('notification', m => { if (m === 'turn/completed') resolve(m) }))
  await codex.request('turn/start', { threadId: thread.id, input: [{ type: 'text', text: 'go', text_elements: [] }] })

  const request = await withTimeout(asked, 30_000, 'no approval request')
  t.equal(request.method, 'item/commandExecution/requestApproval')
  t.equal(typeof request.id, 'number', 'the id keeps the type Codex gave it')
  t.ok(codex.respond(request, { decision: 'accept' }))
  t.notOk(codex.respond(request, { decision: 'decline' }), 'the second answer is not sent')
  await withTimeout(completed, 30_000, 'the turn did not complete')
  t.ok(existsSync(join(repo, 'approved.txt')), 'the approved command ran')
})

t.test('a killed child is reported down, restarted, and a request made meanwhile is answered by the new one', async t => {
  const { codex } = await setup(t, [])
  const downs: string[] = []
  codex.on('down', e => downs.push(e.code))
  process.kill(codex.pid!, 'SIGKILL')
  await withTimeout(new Promise(resolve => codex.once('down', resolve)), 5000, 'no down event')
  t.same(downs, ['CODEX_UNAVAILABLE'])
  t.equal(codex.state, 'restarting')
  const models = await codex.request('model/list', {})
  t.ok(Array.isArray(models.data), 'answered by the restarted child')
  t.equal(codex.state, 'ready')
})

t.test('stop() ends the child and later requests fail at once', async t => {
  const { codex } = await setup(t, [])
  const pid = codex.pid!
  await codex.stop()
  t.throws(() => process.kill(pid, 0), 'the child is gone')
  await t.rejects(codex.request('model/list', {}), { code: 'CODEX_UNAVAILABLE' })
})
