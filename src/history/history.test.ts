/**
 * The history readers against a rollout written by the REAL `codex app-server`
 * (driven by the scripted fake model, see recorded-rollout.ts). One recording
 * is shared by every test in this file.
 */
import t from 'tap'
import { readMessages } from './messages.ts'
import { readTimeline } from './timeline.ts'
import { HistoryIndexCache } from './index-cache.ts'
import { recordRollout } from './recorded-rollout.ts'
import type { HistoryMessage, TimelineEntry } from './entries.ts'

const recording = await recordRollout()
t.teardown(() => recording.close())
const { path } = recording
const all = (await readMessages(path, { limit: 200, cache: new HistoryIndexCache() })).messages
const timeline = (await readTimeline(path, { limit: 200, cache: new HistoryIndexCache() })).entries
const ofKind = <K extends TimelineEntry['kind']>(kind: K) => timeline.filter(e => e.kind === kind) as Extract<TimelineEntry, { kind: K }>[]

t.test('messages are the user prompts and assistant texts in the order they happened', async t => {
  t.same(all.filter(m => m.role === 'user').map(m => m.text), recording.prompts)
  t.same(all.slice(0, 6).map(m => [m.role, m.text]), [
    ['user', 'plain'], ['assistant', 'Plain answer.'],
    ['user', 'look around'], ['assistant', 'Let me look.'], ['assistant', 'All done.'],
    ['user', 'make ok.txt'],
  ])
  t.notOk(all.some(m => m.text.includes('Summary of the conversation')), 'the compaction summary is model context, not a message')
  t.notOk(all.some(m => m.text.includes('<environment_context>')), 'injected context is not a message')
})

t.test('message ids are the Codex item ids the live stream used', async t => {
  const live = recording.received.filter(m => m.method === 'item/completed' && ['userMessage', 'agentMessage'].includes(m.params.item.type))
  t.same(all.map(m => m.id), live.map(m => m.params.item.id))
  t.same(all.map(m => m.turnId), live.map(m => m.params.turnId))
})

t.test('commentary keeps its phase and is a commentary entry, the final answer is a message', async t => {
  const commentary = all.find(m => m.text === 'Let me look.')!
  const answer = all.find(m => m.text === 'All done.')!
  t.equal(commentary.phase, 'commentary')
  t.equal(answer.phase, 'final_answer')
  t.same(timeline.filter(e => e.kind === 'commentary').map(e => (e as { text: string }).text), ['Let me look.'])
  t.match(timeline.find(e => e.id === answer.id), { kind: 'message', title: 'Codex', role: 'assistant', text: 'All done.' })
})

t.test('every final answer carries workedDurationSeconds and nothing else does', async t => {
  const finals = (m: HistoryMessage) => m.phase === 'final_answer' || (m.role === 'assistant' && m.phase === undefined)
  const answers = all.filter(finals)
  t.equal(answers.length, recording.prompts.length, 'one final answer per turn')
  for (const m of answers) t.ok(Number.isInteger(m.workedDurationSeconds) && m.workedDurationSeconds! >= 0, `${m.text} has a duration`)
  t.notOk(all.filter(m => !finals(m)).some(m => 'workedDurationSeconds' in m))
})

t.test('the approved escalated command is a Command finished card with its exit code and duration', async t => {
  const card = ofKind('command_finished').find(e => e.command === 'echo hi > ok.txt')!
  t.match(card, { kind: 'command_finished', title: 'Command finished', exitCode: 0, status: 'completed' })
  t.type(card.durationMs, 'number')
  const approval = recording.received.find(m => m.method === 'item/commandExecution/requestApproval')!
  t.equal(card.id, approval.params.itemId, 'the card id is the approval item id')
})

t.test('a failing command says its exit code in the title', async t => {
  t.match(ofKind('command_finished').find(e => e.command === 'ls nope; exit 3'), { title: 'Command failed with exit code 3', exitCode: 3, status: 'failed' })
})

t.test('reads, searches and listings of one turn become one Explored card', async t => {
  const [card] = ofKind('explored')
  t.equal(ofKind('explored').length, 1)
  t.equal(card.title, 'Explored 1 file, 1 search, 1 listing')
  t.same(card.actions.map(a => a.type), ['read', 'search', 'list', 'read'])
  t.match(card.actions[1], { query: 'test', path: '.' })
})

t.test('an apply_patch edit becomes one Edited card per file with line counts', async t => {
  const edits = ofKind('file_edited')
  t.same(edits.map(e => [e.title, e.change, e.additions, e.deletions]).sort(), [
    ['Edited README.md +2 −1', 'update', 2, 1],
    ['Edited src/a.ts +2 −0', 'add', 2, 0],
  ])
})

t.test('a command finishing after its turn is a Background terminal finished card', async t => {
  const [card] = ofKind('background_terminal_finished')
  t.match(card, { id: 'call_bg', title: 'Background terminal finished', command: 'sleep 1; echo bg-done', exitCode: 0 })
  const started = timeline.findIndex(e => 'text' in e && e.text === 'Started it.')
  t.ok(timeline.indexOf(card) > started, 'it comes after the turn\'s final answer')
})

t.test('a compaction is a Context automatically compacted card', async t => {
  t.match(ofKind('context_compacted'), [{ title: 'Context automatically compacted' }])
})

t.test('walking the cursors returns every message and entry exactly once, newest page first', async t => {
  for (const limit of [1, 3, 7]) {
    const cache = new HistoryIndexCache()
    const pages: HistoryMessage[][] = []
    let cursor: string | null | undefined
    do {
      const page = await readMessages(path, { cursor, limit, cache })
      t.ok(page.messages.length <= limit)
      pages.push(page.messages)
      cursor = page.nextCursor
    } while (cursor)
    t.same(pages.reverse().flat().map(m => m.id), all.map(m => m.id), `limit ${limit}`)
    const entries: TimelineEntry[][] = []
    cursor = undefined
    do {
      const page = await readTimeline(path, { cursor, limit, cache })
      entries.unshift(page.entries)
      cursor = page.nextCursor
    } while (cursor)
    t.same(entries.flat(), timeline, `timeline, limit ${limit}`)
  }
  const newest = await readMessages(path, { limit: 2 })
  t.same(newest.messages.map(m => m.text), ['question 7', 'Answer 7.'], 'the first page is the newest, oldest first within it')
})
