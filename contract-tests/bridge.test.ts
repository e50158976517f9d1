import { symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import t from 'tap'
import { WebSocket } from 'ws'
import { execEscalated, say } from './support/fake-model.ts'
import { startGateway } from './support/gateway.ts'

t.test('the bridge refuses an upgrade without a valid token, before any frame', async t => {
  const gw = await startGateway(t, { waitForCodex: false })
  for (const url of [`${gw.url.replace('http', 'ws')}/`, `${gw.url.replace('http', 'ws')}/?token=wrong`]) {
    const status = await new Promise<number>((resolve, reject) => {
      const ws = new WebSocket(url)
      ws.on('unexpected-response', (_req, res) => { resolve(res.statusCode!); ws.terminate() })
      ws.on('open', () => reject(new Error('accepted')))
      ws.on('error', () => {})
    })
    t.equal(status, 401)
  }
})

t.test('hello first, then requests answered by id; bad frames get error frames and the socket lives', async t => {
  const gw = await startGateway(t, { waitForCodex: false })
  const bridge = await gw.bridge({ via: 'header' })
  t.equal(bridge.hello.payload.name, 'codex-gateway')
  t.equal((await bridge.request('ping')).pong, true)

  bridge.sendRaw('{not json')
  t.equal((await bridge.next(f => f.type === 'error' && f.id === null)).error.code, 'invalid_json')
  await t.rejects(bridge.request('no.such.type'), { code: 'unknown_message' })
  await t.rejects(bridge.request('session.start', { cwd: 42 }), { code: 'invalid_payload' })
  await t.rejects(bridge.request('session.content', { session_id: '00000000-0000-7000-8000-000000000000' }), { code: 'session_not_found' })
  t.equal((await bridge.request('ping')).pong, true, 'still alive')

  const closed = new Promise<number>(resolve => bridge.ws.once('close', code => resolve(code)))
  bridge.sendRaw('x'.repeat((1 << 20) + 10))
  t.equal(await closed, 1009, 'an oversized frame closes with 1009')
})

t.test('a turn streams as seq-numbered events; content and incremental sync agree', async t => {
  const gw = await startGateway(t, { model: [say('first answer', { chunks: 4 }), say('second answer')] })
  const bridge = await gw.bridge()
  const { session_id } = await bridge.request('session.start', { cwd: gw.repo })
  t.equal((await gw.get('/v1/sessions')).body.sessions[0].session_id, session_id, 'listed over HTTP too')

  const sent = await bridge.request('turn.send', { session_id, text: 'hello' })
  t.match(sent.item_id, /^input_/)
  const echo = await bridge.next(f => f.event === 'session/changed' && f.payload.reason === 'input')
  const committed = await bridge.next(f => f.event === 'session/changed' && f.payload.reason === 'input_committed')
  t.equal(committed.payload.entries[0].item_id, echo.payload.entries[0].item_id, 'the echo keeps its item id')
  t.equal(committed.payload.entries[0].replaces_seq, echo.seq)
  t.equal(committed.payload.entries[0].turn_id, sent.turn_id)
  const done = await bridge.next(f => f.event === 'turn/completed')
  const seqs = bridge.frames.filter(f => f.type === 'event').map(f => f.seq)
  t.same(seqs, [...seqs].sort((a, b) => a - b), 'seqs increase')
  t.equal(new Set(seqs).size, seqs.length, 'no seq twice')

  const content = await bridge.request('session.content', { session_id })
  t.ok(content.last_seq >= done.seq)
  const texts = content.entries.filter((e: any) => e.item?.type === 'agentMessage').map((e: any) => e.item.text)
  t.same(texts, ['first answer'])
  t.ok(content.entries.some((e: any) => e.item_id === sent.item_id), 'the stored user message carries the echo\'s id')
  t.ok(content.entries.some((e: any) => e.kind === 'turn_status' && e.status === 'completed'))
  t.same(content.active_turns, [])

  const head = await bridge.request('session.sync', { session_id, since_seq: content.last_seq, incremental: true })
  t.same([head.entries, head.needs_full_sync, head.last_seq], [[], false, content.last_seq], 'nothing new at the head')

  await bridge.request('turn.send', { session_id, text: 'again' })
  await bridge.next(f => f.event === 'turn/completed')
  const sync = await bridge.request('session.sync', { session_id, since_seq: content.last_seq, incremental: true })
  t.equal(sync.changed_turn_ids.length, 1, 'only the new turn changed')
  t.same(sync.entries.filter((e: any) => e.item?.type === 'agentMessage').map((e: any) => e.item.text), ['second answer'])
  t.ok(sync.entries.every((e: any) => e.turn_id === sync.changed_turn_ids[0] || e.item_id?.startsWith('input_')))

  const ahead = await bridge.request('session.sync', { session_id, since_seq: sync.last_seq + 1000, incremental: true })
  t.same([ahead.needs_full_sync, ahead.fallback_reason], [true, 'cursor_ahead'])
  const older = await bridge.request('session.sync', { session_id, since_seq: 5, incremental: true })
  t.same([older.needs_full_sync, older.fallback_reason], [true, 'cursor_from_older_log'])
})

t.test('seqs survive a gateway restart; a client syncing from its last seq sees each entry once', async t => {
  const gw = await startGateway(t, { model: [say('one'), say('two')] })
  let bridge = await gw.bridge()
  const { session_id } = await bridge.request('session.start', { cwd: gw.repo })
  await bridge.request('turn.send', { session_id, text: 'first' })
  const first = await bridge.next(f => f.event === 'turn/completed')
  const before = (await bridge.request('session.content', { session_id })).last_seq

  await gw.restart()
  bridge = await gw.bridge()
  await bridge.request('session.resume', { session_id })
  const unchanged = await bridge.request('session.sync', { session_id, since_seq: before, incremental: true })
  t.same([unchanged.needs_full_sync, unchanged.entries], [false, []], 'the log survived the restart')
  await bridge.request('turn.send', { session_id, text: 'second' })
  const second = await bridge.next(f => f.event === 'turn/completed')
  t.ok(second.seq > first.seq, 'seqs go on after the restart')
  const sync = await bridge.request('session.sync', { session_id, since_seq: before, incremental: true })
  t.same(sync.changed_turn_ids, [second.turn_id])
})

t.test('approvals reach every bridge client, and the first answer wins', async t => {
  const gw = await startGateway(t, { model: [execEscalated('touch bridged.txt'), say('done')] })
  const [a, b] = [await gw.bridge(), await gw.bridge()]
  const { session_id } = await a.request('session.start', { cwd: gw.repo })
  await a.request('turn.send', { session_id, text: 'go' })
  const askA = await a.next(f => f.event === 'item/commandExecution/requestApproval')
  const askB = await b.next(f => f.event === 'item/commandExecution/requestApproval')
  t.equal(askA.payload.request_id, askB.payload.request_id)
  const pending = (await b.request('session.content', { session_id })).pending_approvals
  t.same(pending.map((p: any) => p.request_id), [askA.payload.request_id], 'pending in the snapshot')

  await b.request('approval.response', { session_id, request_id: askB.payload.request_id, decision: 'accept' })
  await t.rejects(a.request('approval.response', { session_id, request_id: askA.payload.request_id, decision: 'decline' }), { code: 'approval_already_answered' })
  t.equal((await a.next(f => f.event === 'serverRequest/resolved')).payload.request_id, askA.payload.request_id)
  await a.next(f => f.event === 'turn/completed')
  t.same((await a.request('session.content', { session_id })).pending_approvals, [])
})

t.test('file.read stays inside the session workspace', async t => {
  const gw = await startGateway(t)
  const bridge = await gw.bridge()
  const { session_id } = await bridge.request('session.start', { cwd: gw.repo })
  await writeFile(join(gw.repo, 'notes.txt'), 'hello notes\n')
  await writeFile(join(gw.repo, 'blob.bin'), Buffer.from([1, 0, 2, 3]))
  await symlink('/etc/passwd', join(gw.repo, 'escape'))

  const file = await bridge.request('file.read', { session_id, path: 'notes.txt' })
  t.match(file, { content: 'hello notes\n', truncated: false, bytes: 12, binary: false })
  t.same((await bridge.request('file.read', { session_id, path: join(gw.repo, 'notes.txt'), max_bytes: 5 })), { ...file, path: join(gw.repo, 'notes.txt'), content: 'hello', truncated: true })
  t.match(await bridge.request('file.read', { session_id, path: 'blob.bin' }), { binary: true, content: '' })
  for (const path of ['../../etc/passwd', '/etc/passwd', 'escape', 'a\u0000b']) {
    await t.rejects(bridge.request('file.read', { session_id, path }), { code: /path_outside_repo|invalid_path|invalid_payload/ }, JSON.stringify(path))
  }
})

/** Applies a sync or content answer to a client's copy: changed turns are replaced whole. */
function merge(copy: Map<string, any>, answer: any): void {
  const changed = new Set(answer.changed_turn_ids ?? [])
  for (const [id, entry] of copy) if (changed.has(entry.turn_id)) copy.delete(id)
  for (const entry of answer.entries) copy.set(entry.entry_id, entry)
}

t.test('a client killed mid-turn reconnects, syncs from its last seq, and ends with exactly the snapshot', async t => {
  const gw = await startGateway(t, { model: [[{ kind: 'pause', ms: 1500 }, { kind: 'say', text: 'slow answer', chunks: 3 }]] })
  const steady = await gw.bridge()
  const { session_id } = await steady.request('session.start', { cwd: gw.repo })
  let flaky = await gw.bridge()
  const copy = new Map<string, any>()
  const initial = await flaky.request('session.content', { session_id })
  merge(copy, initial)

  await steady.request('turn.send', { session_id, text: 'take your time' })
  const started = await flaky.next(f => f.event === 'turn/started')
  flaky.ws.terminate() // killed mid-turn, before any answer text
  flaky = await gw.bridge()
  let cursor = started.seq
  const midTurn = await flaky.request('session.sync', { session_id, since_seq: cursor, incremental: true })
  if (midTurn.needs_full_sync) {
    t.equal(midTurn.fallback_reason, 'turn_streaming')
    const full = await flaky.request('session.content', { session_id })
    copy.clear()
    merge(copy, full)
    cursor = full.last_seq
  } else {
    merge(copy, midTurn)
    cursor = midTurn.last_seq
  }
  await flaky.next(f => f.event === 'turn/completed')
  merge(copy, await flaky.request('session.sync', { session_id, since_seq: cursor, incremental: true }))

  const snapshot = await steady.request('session.content', { session_id })
  const key = (e: any) => `${e.entry_id}|${e.kind}|${e.status ?? ''}|${e.item?.text ?? ''}`
  t.same([...copy.values()].map(key).sort(), snapshot.entries.map(key).sort(), 'the reconnected copy equals session.content')
  t.equal(snapshot.entries.filter((e: any) => e.item?.type === 'agentMessage').length, 1, 'the answer appears once')
})

t.test('session.update changes the sandbox of the next turns; session.start defaults to workspace-write', async t => {
  const gw = await startGateway(t)
  const bridge = await gw.bridge()
  const { session_id } = await bridge.request('session.start', { cwd: gw.repo })
  const updated = await bridge.request('session.update', { session_id, sandbox: 'read-only', approval_policy: 'never' })
  t.same(updated, { session_id, approval_policy: 'never', sandbox: 'read-only' })
  await t.rejects(bridge.request('session.update', { session_id }), { code: 'invalid_payload' }, 'nothing to change')
  await t.rejects(bridge.request('session.update', { session_id, sandbox: 'yolo' }), { code: 'invalid_payload' })
})
