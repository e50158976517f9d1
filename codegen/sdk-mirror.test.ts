/**
 * SessionMirror's merge rules (docs/bridge.md) on hand-made answers, edge cases the live
 * contract tests cannot force: contract-tests/sdk-bridge.test.ts checks them against the gateway.
 */
import t from 'tap'
import type { BridgeEvent, BridgeResult } from './sdk/bridge-client.ts'
import { SessionMirror, type MirrorEntry } from './sdk/session-mirror.ts'

const S = 'session-1'
const item = (turn: string | null, id: string, seq: number, text: string, extra: Partial<MirrorEntry> = {}): MirrorEntry =>
  ({ entry_id: `${turn ?? 'input'}:${id}`, seq, turn_id: turn, kind: 'item', item_id: id, item: { type: 'agentMessage', text }, ...extra })
const status = (turn: string, seq: number): MirrorEntry => ({ entry_id: `${turn}:status`, seq, turn_id: turn, kind: 'turn_status', status: 'completed', error: null })
const content = (entries: MirrorEntry[], last_seq: number): BridgeResult<'session.content'> =>
  ({ session_id: S, thread_id: S, last_seq, session: {}, entries, active_turns: [], pending_approvals: [] })
const sync = (changed: string[], entries: MirrorEntry[], last_seq: number, fallback = ''): BridgeResult<'session.sync'> => ({
  session_id: S, thread_id: S, last_seq, entries, changed_turn_ids: changed, active_turns: [], pending_approvals: [],
  needs_full_sync: fallback !== '', fallback_reason: fallback as BridgeResult<'session.sync'>['fallback_reason'],
})
const event = (name: string, seq: number, payload: Record<string, unknown>, turn: string | null = null): BridgeEvent =>
  ({ type: 'event', event: name, session_id: S, thread_id: S, turn_id: turn, seq, payload })
const texts = (mirror: SessionMirror) => mirror.entries().map(e => `${e.turn_id ?? '-'}:${e.item_id ?? e.kind}:${String(e.item?.['text'] ?? '')}`)

t.test('a changed turn is replaced whole and keeps its place', async t => {
  const mirror = new SessionMirror(S)
  mirror.applyContent(content([item('t1', 'a', 3, 'one'), item('t1', 'b', 3, 'two'), status('t1', 3), item('t2', 'c', 5, 'three')], 5))
  t.ok(mirror.applySync(sync(['t1'], [item('t1', 'a', 7, 'one, edited')], 7)))
  t.same(texts(mirror), ['t1:a:one, edited', 't2:c:three'], 'b and the status are gone, t1 still first')
  t.equal(mirror.cursor, 7)
  t.ok(mirror.applySync(sync(['t3'], [item('t3', 'd', 9, 'four')], 9)))
  t.same(texts(mirror).at(-1), 't3:d:four', 'a new turn goes last')
})

t.test('an optimistic input is shown once: echo, commit, then its stored turn entry', async t => {
  const mirror = new SessionMirror(S)
  mirror.applyContent(content([], 1))
  const echo = item(null, 'input_r1', 2, 'hello')
  mirror.applyEvent(event('session/changed', 2, { reason: 'input', entries: [echo] }))
  t.same(texts(mirror), ['-:input_r1:hello'])
  const committed = item('t1', 'input_r1', 4, 'hello', { entry_id: 'input:input_r1', replaces_seq: 2 })
  mirror.applyEvent(event('session/changed', 4, { reason: 'input_committed', entries: [committed] }, 't1'))
  mirror.applyEvent(event('session/changed', 2, { reason: 'input', entries: [echo] }))
  t.same(texts(mirror), ['t1:input_r1:hello'], 'the commit replaced the echo; a late echo does not come back')
  t.equal(mirror.cursor, 1, 'events do not move the cursor')
  mirror.applySync(sync(['t1'], [item('t1', 'input_r1', 6, 'hello'), item('t1', 'x', 6, 'answer')], 6))
  t.same(texts(mirror), ['t1:input_r1:hello', 't1:x:answer'], 'the stored entry took over')
})

t.test('a failed input disappears, and a full-sync answer changes nothing', async t => {
  const mirror = new SessionMirror(S)
  mirror.applyContent(content([item('t1', 'a', 3, 'kept')], 3))
  mirror.applyEvent(event('session/changed', 4, { reason: 'input', entries: [item(null, 'input_r2', 4, 'lost')] }))
  mirror.applyEvent(event('session/changed', 5, { reason: 'input_failed', item_id: 'input_r2' }))
  t.same(texts(mirror), ['t1:a:kept'])
  t.notOk(mirror.applySync(sync([], [], 99, 'cursor_evicted')))
  t.same([texts(mirror), mirror.cursor], [['t1:a:kept'], 3])
})

t.test('events of another session are ignored', async t => {
  const mirror = new SessionMirror(S)
  mirror.applyContent(content([], 1))
  mirror.applyEvent({ ...event('session/changed', 2, { reason: 'input', entries: [item(null, 'input_x', 2, 'no')] }), session_id: 'other' })
  t.same(mirror.entries(), [])
})
