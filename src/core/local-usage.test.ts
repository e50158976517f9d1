import { realpathSync } from 'node:fs'
import { appendFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import type { Test } from 'tap'
import { makeCodexHome, makeGitRepo } from '../../contract-tests/support/codex-home.ts'
import { callTool, say, startFakeModel } from '../../contract-tests/support/fake-model.ts'
import { startRawAppServer } from '../../contract-tests/support/raw-app-server.ts'
import { RolloutTally, localUsageSnapshot } from './local-usage.ts'

// Records in the exact shape codex app-server 0.169 writes them (seen in a real rollout, which
// the last test produces through the real app-server and the fake model).

const NOW = new Date(2026, 2, 15, 18, 0) // local time: the window's last day is 2026-03-15
const at = (day: number, hour: number, minute = 0) => new Date(2026, 2, day, hour, minute).toISOString()
const ZERO_USAGE = { input_tokens: 0, cached_input_tokens: 0, cache_write_input_tokens: 0, output_tokens: 0, reasoning_output_tokens: 0, total_tokens: 0 }
const RATE_LIMITS = { limit_id: 'codex', limit_name: null, primary: null, secondary: null, credits: null, individual_limit: null,
  spend_control_reached: null, plan_type: null, rate_limit_reached_type: null }

const usage = (input: number, cached: number, output: number) => ({ ...ZERO_USAGE, input_tokens: input, cached_input_tokens: cached, output_tokens: output, total_tokens: input + output })
const sessionMeta = (ts: string, cwd: string) => ({ timestamp: ts, ordinal: 0, type: 'session_meta', payload: { session_id: 's', id: 's', timestamp: ts, cwd, originator: 'codex', cli_version: '0.169.0', model_provider: 'fake', base_instructions: { text: 'x'.repeat(5000) } } })
const turnContext = (ts: string, turn: string, cwd: string, model: string) => ({ timestamp: ts, type: 'turn_context', payload: { turn_id: turn, cwd, approval_policy: 'never', model, summary: 'none' } })
const taskStarted = (ts: string, turn: string) => ({ timestamp: ts, type: 'event_msg', payload: { type: 'task_started', turn_id: turn, root_turn_id: turn, started_at: Math.floor(Date.parse(ts) / 1000), model_context_window: 258400, collaboration_mode_kind: 'default' } })
const tokenCount = (ts: string, total: object | null, last: object | null) => ({ timestamp: ts, type: 'event_msg', payload: { type: 'token_count', info: total || last ? { ...(total ? { total_token_usage: total } : {}), ...(last ? { last_token_usage: last } : {}), last_usage_includes_reasoning: false, model_context_window: 258400 } : null, rate_limits: RATE_LIMITS } })
const taskComplete = (ts: string, turn: string, durationMs?: number) => ({ timestamp: ts, type: 'event_msg', payload: { type: 'task_complete', turn_id: turn, root_turn_id: turn, last_agent_message: 'done', ...(durationMs === undefined ? {} : { duration_ms: durationMs }) } })
const turnAborted = (ts: string, turn: string, durationMs: number) => ({ timestamp: ts, type: 'event_msg', payload: { type: 'turn_aborted', turn_id: turn, reason: 'interrupted', duration_ms: durationMs } })
const assistant = (ts: string, text: string) => ({ timestamp: ts, type: 'response_item', payload: { type: 'message', role: 'assistant', content: [{ type: 'output_text', text }] } })

async function home(t: Test): Promise<string> {
  const dir = realpathSync(await mkdtemp(join(tmpdir(), 'gw-usage-')))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  return dir
}

async function rollout(codexHome: string, day: number, name: string, records: object[]): Promise<string> {
  const dir = join(codexHome, 'sessions', '2026', '03', String(day).padStart(2, '0'))
  await mkdir(dir, { recursive: true })
  const path = join(dir, `rollout-${name}.jsonl`)
  await writeFile(path, records.map(r => JSON.stringify(r)).join('\n') + '\n')
  return path
}

// Two requests in one turn on the 14th (cumulative totals 100/20/10 then 250/70/30, the second
// record repeated as Codex does on a rate-limit update), one turn on the 15th with another model.
async function twoSessions(codexHome: string): Promise<void> {
  await rollout(codexHome, 14, 'a', [
    sessionMeta(at(14, 9), '/work/project'), taskStarted(at(14, 9), 't1'), turnContext(at(14, 9), 't1', '/work/project', 'gpt-5.5'),
    tokenCount(at(14, 9, 1), usage(100, 20, 10), usage(100, 20, 10)), assistant(at(14, 9, 1), 'x'.repeat(2 * 1024 * 1024)),
    tokenCount(at(14, 9, 2), usage(250, 70, 30), usage(150, 50, 20)), tokenCount(at(14, 9, 2), usage(250, 70, 30), usage(150, 50, 20)),
    tokenCount(at(14, 9, 3), null, null), taskComplete(at(14, 9, 3), 't1', 180_000),
  ])
  await rollout(codexHome, 15, 'b', [
    sessionMeta(at(15, 10), '/work/other'), taskStarted(at(15, 10), 't2'), turnContext(at(15, 10), 't2', '/work/other', 'gpt-5.4-mini'),
    tokenCount(at(15, 10, 1), usage(40, 0, 8), usage(40, 0, 8)), taskComplete(at(15, 10, 1), 't2', 60_000),
  ])
}

t.test('per-day tokens add the growth of the cumulative totals, once per request', async t => {
  const codexHome = await home(t)
  await twoSessions(codexHome)
  const snap = await localUsageSnapshot({ codexHome, days: 3, now: NOW })
  t.same(snap.days, [
    { day: '2026-03-13', inputTokens: 0, cachedInputTokens: 0, outputTokens: 0, totalTokens: 0, agentTimeMs: 0, agentRuns: 0 },
    { day: '2026-03-14', inputTokens: 250, cachedInputTokens: 70, outputTokens: 30, totalTokens: 280, agentTimeMs: 180_000, agentRuns: 1 },
    { day: '2026-03-15', inputTokens: 40, cachedInputTokens: 0, outputTokens: 8, totalTokens: 48, agentTimeMs: 60_000, agentRuns: 1 },
  ])
  t.same(snap.totals, {
    last7DaysTokens: 328, last30DaysTokens: 328, averageDailyTokens: 109, cacheHitRatePercent: 24.1,
    peakDay: '2026-03-14', peakDayTokens: 280, requests: 3, inputTokens: 290, outputTokens: 38,
  })
  t.same(snap.topModels, [{ model: 'gpt-5.5', tokens: 280, sharePercent: 85.4 }, { model: 'gpt-5.4-mini', tokens: 48, sharePercent: 14.6 }])
  t.equal(snap.updatedAt, NOW.getTime())
})

t.test('a workspace path keeps only sessions whose cwd is that folder or inside it', async t => {
  const codexHome = await home(t)
  await twoSessions(codexHome)
  await rollout(codexHome, 15, 'c', [sessionMeta(at(15, 11), '/work/project/sub'), tokenCount(at(15, 11), usage(5, 0, 5), usage(5, 0, 5))])
  await rollout(codexHome, 15, 'd', [sessionMeta(at(15, 11), '/work/projectile'), tokenCount(at(15, 11), usage(7, 0, 7), usage(7, 0, 7))])
  const snap = await localUsageSnapshot({ codexHome, days: 2, now: NOW, workspacePath: '/work/project/' })
  t.same(snap.days.map(d => d.totalTokens), [280, 10])
})

t.test('days outside the window are left out and the window is clamped to 1..90', async t => {
  const codexHome = await home(t)
  await twoSessions(codexHome)
  const one = await localUsageSnapshot({ codexHome, days: 1, now: NOW })
  t.same([one.days.length, one.totals.inputTokens], [1, 40])
  t.equal((await localUsageSnapshot({ codexHome, days: 0, now: NOW })).days.length, 1)
  t.equal((await localUsageSnapshot({ codexHome, days: 1000, now: NOW })).days.length, 90)
  t.equal((await localUsageSnapshot({ codexHome, now: NOW })).days.length, 30, '30 by default')
  const empty = await localUsageSnapshot({ codexHome: join(codexHome, 'missing'), days: 7, now: NOW })
  t.same([empty.totals.peakDay, empty.totals.cacheHitRatePercent, empty.topModels], [null, 0, []])
})

t.test('a session resumed later counts only what was added after it resumed', async t => {
  const codexHome = await home(t)
  const path = await rollout(codexHome, 15, 'resumed', [
    sessionMeta(at(15, 8), '/w'), turnContext(at(15, 8), 't', '/w', 'm'), tokenCount(at(15, 8), usage(1000, 0, 100), usage(10, 0, 1)),
  ])
  t.equal((await localUsageSnapshot({ codexHome, days: 1, now: NOW })).totals.inputTokens, 10, 'the first record counts its last request only')
  await appendFile(path, JSON.stringify(tokenCount(at(15, 9), usage(1030, 0, 105), usage(30, 0, 5))) + '\n')
  t.equal((await localUsageSnapshot({ codexHome, days: 1, now: NOW })).totals.inputTokens, 40, 'the changed file is read again')
})

t.test('lone last_token_usage records between totals are not counted twice', async t => {
  const tally = new RolloutTally()
  for (const record of [
    tokenCount(at(15, 9), usage(10, 0, 5), usage(10, 0, 5)), tokenCount(at(15, 9, 1), null, usage(2, 0, 1)),
    tokenCount(at(15, 9, 2), usage(12, 0, 6), usage(2, 0, 1)), tokenCount(at(15, 9, 3), usage(3, 0, 1), usage(3, 0, 1)),
  ]) tally.add(JSON.stringify(record))
  const day = tally.days.get('2026-03-15')!
  t.same([day.input, day.output, day.requests], [15, 7, 3], 'a total that went down (a new session) counts its last request')
})

t.test('agent time comes from task_complete or turn_aborted, one run per turn', async t => {
  const tally = new RolloutTally()
  for (const record of [
    taskStarted(at(15, 9), 'a'), taskComplete(at(15, 9, 2), 'a'), taskStarted(at(15, 10), 'b'), turnAborted(at(15, 10, 1), 'b', 30_000),
    taskComplete(at(15, 10, 1), 'b', 30_000), 'not json', '{"timestamp":"bad","type":"event_msg","payload":{"type":"task_complete"}}',
  ]) tally.add(typeof record === 'string' ? record : JSON.stringify(record))
  const day = tally.days.get('2026-03-15')!
  t.same([day.runs, day.agentMs], [2, 150_000], 'without duration_ms the time from task_started counts')
})

t.test('a real rollout written by the app-server is tallied to its requests, turns and model', async t => {
  const model = await startFakeModel([say('hello'), callTool('exec_command', { cmd: 'echo hi' }), say('done')])
  const codexHome = await makeCodexHome(model.url, { sandboxMode: 'danger-full-access', approvalPolicy: 'never' })
  const repo = await makeGitRepo()
  const server = await startRawAppServer({ codexHome, cwd: repo })
  t.teardown(async () => {
    await server.close()
    await model.close()
    await Promise.all([codexHome, repo].map(dir => rm(dir, { recursive: true, force: true })))
  })
  const { thread } = await server.request('thread/start', { cwd: repo })
  for (const text of ['first', 'second']) {
    const since = server.received.length
    await server.request('turn/start', { threadId: thread.id, input: [{ type: 'text', text }] })
    await server.waitFor('turn/completed', { since, timeoutMs: 20_000 })
  }
  await server.close()
  const snap = await localUsageSnapshot({ codexHome, days: 2, workspacePath: repo })
  // The fake model reports 10 input and 5 output tokens per response; the second turn made two requests.
  t.match(snap.totals, { requests: 3, inputTokens: 30, outputTokens: 15, cacheHitRatePercent: 0 })
  t.same(snap.topModels, [{ model: 'gpt-5.5', tokens: 45, sharePercent: 100 }])
  t.equal(snap.days.reduce((n, d) => n + d.agentRuns, 0), 2)
  t.ok(snap.days.reduce((n, d) => n + d.agentTimeMs, 0) > 0)
  t.equal((await localUsageSnapshot({ codexHome, days: 2, workspacePath: join(repo, 'elsewhere') })).totals.requests, 0)
})
