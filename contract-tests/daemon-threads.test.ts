import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import t from 'tap'
import { refusal } from './support/daemon-client.ts'
import { execEscalated, say } from './support/fake-model.ts'
import { startGateway } from './support/gateway.ts'

t.test('a message to a thread streams back as app-server-event notifications until turn/completed', async t => {
  const gw = await startGateway(t, { model: [say('hello from the fake model', { chunks: 3 })] })
  const client = await gw.daemon()
  const watcher = await gw.daemon()
  const workspace = await client.call('add_workspace', { path: gw.repo })

  const started = await client.call('start_thread', { workspaceId: workspace.id })
  t.type(started.id, 'number', 'the raw app-server envelope: its own id…')
  const threadId = started.result.thread.id
  t.equal(started.result.cwd, gw.repo, '…and the upstream thread/start result')

  const empty = await refusal(client.call('send_user_message', { workspaceId: workspace.id, threadId, text: '  ', images: [] }))
  t.equal(empty.message, 'empty user message')

  const sent = await client.call('send_user_message', { workspaceId: workspace.id, threadId, text: 'hi', accessMode: 'current' })
  t.equal(sent.result.turn.status, 'inProgress')
  // Three deltas upstream; those that arrive together are joined, so one to three events here.
  let text = ''
  while (text.length < 'hello from the fake model'.length) {
    const frame = await client.nextEvent(m => m.method === 'item/agentMessage/delta' && m.params.threadId === threadId)
    t.equal(frame.params.workspace_id, workspace.id)
    text += frame.params.message.params.delta
  }
  t.equal(text, 'hello from the fake model')
  const completed = await client.nextEvent(m => m.method === 'turn/completed' && m.params.threadId === threadId)
  t.equal(completed.params.message.params.turn.status, 'completed')
  t.type(completed.params.message.emittedAtMs, 'number', 'the upstream message arrives unmodified')
  await watcher.nextEvent(m => m.method === 'turn/completed', 10_000, 'turn/completed on the second connection')
  t.pass('every authenticated connection hears it')

  const listed = await client.call('list_threads', { workspaceId: workspace.id, limit: 10 })
  t.ok(listed.result.data.some((thread: any) => thread.id === threadId), 'list_threads shows the thread')
  t.ok((await client.call('model_list', { workspaceId: workspace.id })).result.data.length > 0, 'model_list')
  t.ok(await client.call('resume_thread', { workspaceId: workspace.id, threadId }))
  t.ok(await client.call('archive_thread', { workspaceId: workspace.id, threadId }))
  const noMemory = await refusal(client.call('memory_flush_now', { workspaceId: workspace.id, threadId }))
  t.equal(noMemory.code, 'NOT_SUPPORTED')
  t.match(noMemory.message, 'memory/flushNow')
})

t.test('respond_to_server_request answers an approval once, with the id as Codex sent it', async t => {
  const gw = await startGateway(t, { model: [execEscalated('touch approved.txt'), say('done')] })
  const client = await gw.daemon()
  const workspace = await client.call('add_workspace', { path: gw.repo })
  const threadId = (await client.call('start_thread', { workspaceId: workspace.id })).result.thread.id
  await client.call('send_user_message', { workspaceId: workspace.id, threadId, text: 'make the file' })

  const ask = await client.nextEvent(m => m.id !== undefined && m.method === 'item/commandExecution/requestApproval')
  const { id } = ask.params.message
  t.type(id, 'number', 'Codex numbers its requests')
  t.notOk(existsSync(join(gw.repo, 'approved.txt')), 'nothing ran before the answer')
  const wrongType = await refusal(client.call('respond_to_server_request', { workspaceId: workspace.id, requestId: String(id), result: { decision: 'accept' } }))
  t.equal(wrongType.code, 'SERVER_REQUEST_NOT_FOUND', 'a string id is not the numeric one')

  t.same(await client.call('respond_to_server_request', { workspaceId: workspace.id, requestId: id, result: { decision: 'accept' } }), { ok: true })
  await client.nextEvent(m => m.method === 'serverRequest/resolved' && m.params.requestId === id)
  await client.nextEvent(m => m.method === 'turn/completed' && m.params.threadId === threadId)
  t.ok(existsSync(join(gw.repo, 'approved.txt')), 'the approved command ran')
  const twice = await refusal(client.call('respond_to_server_request', { workspaceId: workspace.id, requestId: id, result: { decision: 'decline' } }))
  t.equal(twice.code, 'APPROVAL_ALREADY_ANSWERED')
})

t.test('turn_interrupt stops a running turn', async t => {
  const gw = await startGateway(t, { model: [[{ kind: 'pause', ms: 20_000 }, { kind: 'say', text: 'too late' }]] })
  const client = await gw.daemon()
  const workspace = await client.call('add_workspace', { path: gw.repo })
  const threadId = (await client.call('start_thread', { workspaceId: workspace.id })).result.thread.id
  const turnId = (await client.call('send_user_message', { workspaceId: workspace.id, threadId, text: 'wait' })).result.turn.id
  await client.nextEvent(m => m.method === 'turn/started')
  await client.call('turn_interrupt', { workspaceId: workspace.id, threadId, turnId })
  const completed = await client.nextEvent(m => m.method === 'turn/completed', 10_000)
  t.equal(completed.params.message.params.turn.status, 'interrupted')
})

t.test('remember_approval_rule appends a prefix rule Codex obeys, and refuses argv it cannot write safely', async t => {
  const gw = await startGateway(t, { model: [execEscalated('touch ruled.txt'), say('done')], waitForCodex: false })
  const client = await gw.daemon()
  const workspace = await client.call('add_workspace', { path: gw.repo })
  const saved = await client.call('remember_approval_rule', { workspaceId: workspace.id, command: ['npm', 'run', 'test "unit"'] })
  t.same(saved, { ok: true, rulesPath: join(gw.codexHome, 'rules', 'default.rules') })
  await client.call('remember_approval_rule', { workspaceId: workspace.id, command: ['git', 'status'] })
  t.equal(await readFile(saved.rulesPath, 'utf8'),
    'prefix_rule(pattern=["npm","run","test \\"unit\\""], decision="allow")\nprefix_rule(pattern=["git","status"], decision="allow")\n')
  for (const command of [[], ['ls', 'a\nb'], ['']]) {
    t.equal((await refusal(client.call('remember_approval_rule', { workspaceId: workspace.id, command }))).code, 'INVALID_REQUEST', JSON.stringify(command))
  }

  await client.call('remember_approval_rule', { workspaceId: workspace.id, command: ['touch', 'ruled.txt'] })
  await client.call('connect_workspace', { id: workspace.id }) // Codex reads its rules when it starts
  const threadId = (await client.call('start_thread', { workspaceId: workspace.id })).result.thread.id
  await client.call('send_user_message', { workspaceId: workspace.id, threadId, text: 'make the file' })
  await client.nextEvent(m => m.method === 'turn/completed' && m.params.threadId === threadId)
  t.ok(existsSync(join(gw.repo, 'ruled.txt')), 'the escalated command ran')
  t.notOk(client.notifications.some(f => f.params.message.method === 'item/commandExecution/requestApproval'), 'without asking')
})
