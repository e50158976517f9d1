/**
 * Figure 3: the first page of /messages and /timeline of a 50 MB rollout, cold (the file never
 * read by this gateway) and warm, with the gateway's peak RSS growth over the cold read; the
 * raw app-server's thread/resume + thread/read of the same thread in the same repetition; and
 * once, that the history is complete compared with thread/read.
 */
import type { RawAppServer } from '../support/raw-app-server.ts'
import { timedGet, type BenchContext, type Row } from './context.ts'
import type { DataHome } from './data-home.ts'
import type { BenchGateway } from './launch.ts'
import { MB, peakRssOf, resetPeak, rssOf } from './proc.ts'
import { fmt, median, summarize } from './stats.ts'

const WARM_SAMPLES = 5

interface Rep { coldMessages: number, coldTimeline: number, warmMessages: number, warmTimeline: number, growthMb: number[], rawCold: number, rawWarm: number }

export async function historyBench(ctx: BenchContext, gw: BenchGateway, raw: RawAppServer, home: DataHome): Promise<Row[]> {
  const reps: Rep[] = []
  for (const [i, ids] of home.history.entries()) {
    const messages = await coldThenWarm(gw, `/v1/chats/${ids.messages}/messages`)
    const timeline = await coldThenWarm(gw, `/v1/chats/${ids.timeline}/timeline`)
    let started = performance.now()
    await raw.request('thread/resume', { threadId: ids.messages }, 120_000)
    await raw.request('thread/read', { threadId: ids.messages, includeTurns: true }, 120_000)
    const rawCold = performance.now() - started
    started = performance.now()
    await raw.request('thread/read', { threadId: ids.messages, includeTurns: true }, 120_000)
    const rawWarm = performance.now() - started
    reps.push({ coldMessages: messages.cold, coldTimeline: timeline.cold, warmMessages: messages.warm, warmTimeline: timeline.warm,
      growthMb: [messages.growthMb, timeline.growthMb], rawCold, rawWarm })
    ctx.log(`  history rep ${i + 1}: cold ${fmt.ms(messages.cold)} / ${fmt.ms(timeline.cold)}, warm ${fmt.ms(messages.warm)} / ${fmt.ms(timeline.warm)}, +${Math.max(messages.growthMb, timeline.growthMb).toFixed(1)} MB; raw resume+read ${fmt.ms(rawCold)}, read ${fmt.ms(rawWarm)}`)
  }
  const rawCold = { label: 'raw thread/resume + thread/read', value: summarize(reps.map(r => r.rawCold)) }
  const rawWarm = { label: 'raw thread/read (resumed)', value: summarize(reps.map(r => r.rawWarm)) }
  const row = (figure: string, values: number[], target: string, limit: number, baseline: Row['baseline']): Row => ({
    figure, format: fmt.ms, value: summarize(values), target, pass: median(values) <= limit, baseline,
    relation: baseline && { kind: 'ratio', value: summarize(values.map((v, i) => v / (baseline === rawCold ? reps[i].rawCold : reps[i].rawWarm))) },
  })
  const growth = reps.map(r => Math.max(...r.growthMb))
  return [
    row('3. history /messages first page, cold', reps.map(r => r.coldMessages), '≤ 1 s', 1000, rawCold),
    row('3. history /timeline first page, cold', reps.map(r => r.coldTimeline), '≤ 1 s', 1000, rawCold),
    row('3. history /messages first page, warm', reps.map(r => r.warmMessages), '≤ 150 ms', 150, rawWarm),
    row('3. history /timeline first page, warm', reps.map(r => r.warmTimeline), '≤ 150 ms', 150, rawWarm),
    { figure: '3. history peak RSS growth over a cold read', format: fmt.mb, value: summarize(growth), target: '≤ 50 MB', pass: median(growth) <= 50 },
    await completeness(gw, raw, home.history[0].messages),
  ]
}

/** The first GET of `path` (cold) with the RSS growth it caused, then the median of warm ones. */
async function coldThenWarm(gw: BenchGateway, path: string): Promise<{ cold: number, warm: number, growthMb: number }> {
  resetPeak(gw.pid)
  const before = rssOf(gw.pid)
  const cold = (await timedGet(gw.url, gw.token, path)).ms
  const growthMb = (peakRssOf(gw.pid) - before) / MB
  const warm: number[] = []
  for (let i = 0; i < WARM_SAMPLES; i++) warm.push((await timedGet(gw.url, gw.token, path)).ms)
  return { cold, warm: median(warm), growthMb }
}

/** Every page of /messages and /timeline against thread/read's items, kind by kind. */
async function completeness(gw: BenchGateway, raw: RawAppServer, threadId: string): Promise<Row> {
  const messages = await allPages(gw, `/v1/chats/${threadId}/messages`, 'messages')
  const timeline = await allPages(gw, `/v1/chats/${threadId}/timeline`, 'entries')
  const kinds = (list: any[], key: string) => list.reduce((m, e) => m.set(e[key], (m.get(e[key]) ?? 0) + 1), new Map<string, number>())
  const roles = kinds(messages, 'role')
  const cards = kinds(timeline, 'kind')
  const exploredCommands = timeline.filter(e => e.kind === 'explored').reduce((n, e) => n + e.actions.length, 0)
  const { thread } = await raw.request('thread/read', { threadId, includeTurns: true }, 120_000)
  const items = kinds(thread.turns.flatMap((t: any) => t.items), 'type')
  const pairs: [string, number, number][] = [
    ['user messages', roles.get('user') ?? 0, items.get('userMessage') ?? 0],
    ['assistant messages', roles.get('assistant') ?? 0, items.get('agentMessage') ?? 0],
    ['commands', (cards.get('command_finished') ?? 0) + (cards.get('background_terminal_finished') ?? 0) + exploredCommands, items.get('commandExecution') ?? 0],
    ['file edits', cards.get('file_edited') ?? 0, items.get('fileChange') ?? 0],
    ['compactions', cards.get('context_compacted') ?? 0, items.get('contextCompaction') ?? 0],
  ]
  const total = (k: 1 | 2) => pairs.reduce((n, p) => n + p[k], 0)
  return {
    figure: '3. history complete (same thread, every page)', format: fmt.count, target: 'every item shown',
    value: summarize([total(1)]), baseline: { label: 'thread/read items', value: summarize([total(2)]) },
    pass: pairs.every(([, ours, theirs]) => ours === theirs),
    note: pairs.map(([what, ours, theirs]) => `${what} ${ours}/${theirs}`).join(', '),
  }
}

async function allPages(gw: BenchGateway, path: string, key: string): Promise<any[]> {
  const all: any[] = []
  let cursor: string | null = null
  do {
    const { body } = await timedGet(gw.url, gw.token, `${path}?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
    all.push(...body.data[key])
    cursor = body.data.nextCursor
  } while (cursor)
  return all
}
