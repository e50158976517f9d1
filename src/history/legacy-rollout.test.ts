/**
 * Rollouts written before Codex recorded `item_completed` (no ordinal, legacy
 * event records) still read as history.
 */
import t from 'tap'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readMessages } from './messages.ts'
import { readTimeline } from './timeline.ts'

const line = (timestamp: string, type: string, payload: object) => JSON.stringify({ timestamp, type, payload }) + '\n'
const LEGACY = [
  line('2025-09-01T10:00:00.000Z', 'session_meta', { id: 's', cwd: '/repo', cli_version: '0.30.0' }),
  line('2025-09-01T10:00:00.100Z', 'event_msg', { type: 'task_started', model_context_window: 1000 }),
  line('2025-09-01T10:00:00.200Z', 'response_item', { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'hi' }] }),
  line('2025-09-01T10:00:00.200Z', 'event_msg', { type: 'user_message', message: 'hi', images: [] }),
  line('2025-09-01T10:00:01.000Z', 'event_msg', { type: 'agent_message', message: 'Looking.', phase: 'commentary' }),
  line('2025-09-01T10:00:05.000Z', 'event_msg', { type: 'agent_message', message: 'Hello.' }),
  line('2025-09-01T10:01:05.400Z', 'event_msg', { type: 'task_complete', last_agent_message: 'Hello.' }),
  line('2025-09-01T10:02:00.000Z', 'compacted', { message: 'summary', replacement_history: [] }),
].join('')

t.test('legacy user_message and agent_message events are the messages, timed by their timestamps', async t => {
  const path = join(t.testdir(), 'legacy.jsonl')
  await writeFile(path, LEGACY)
  const { messages } = await readMessages(path)
  t.same(messages.map(m => [m.role, m.text, m.phase]), [['user', 'hi', undefined], ['assistant', 'Looking.', 'commentary'], ['assistant', 'Hello.', undefined]])
  t.equal(messages[2].workedDurationSeconds, 65, 'task_started to task_complete, without duration_ms')
  t.ok(messages.every(m => /^r\d+$/.test(m.id)), 'ids come from byte offsets when records have none')
  const { entries } = await readTimeline(path)
  t.same(entries.map(e => e.kind), ['message', 'commentary', 'message', 'context_compacted'])
})
